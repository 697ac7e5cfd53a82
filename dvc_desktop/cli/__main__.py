"""`python -m dvc_desktop.cli`, as `python -m dvc_desktop` and the `dvc-desktop` script."""

from dvc_desktop.cli import main

raise SystemExit(main())
