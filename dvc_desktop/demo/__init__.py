"""The demo province ("Tỉnh Sơn Hà"), built through the same services a real office uses: `build`
fills a store (`dvc-desktop demo`, `scripts/run --demo`), `province` makes the units' stores and signed
packages the provincial office's demo receives. Not a layer of the product: nothing in services/ or below
imports it (tests/test_layers.py)."""
