"""The wheel carries the bundled data, so an installed copy works like a checkout."""

import subprocess
import sys
import zipfile

import pytest


@pytest.mark.slow
def test_wheel_contains_resources_and_forms(tmp_path):
    root = __import__("pathlib").Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(root)], check=True)
    wheel = next(tmp_path.glob("dvc_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("dvc_desktop/resources/rulesets/nd224-2026.json",
                     "dvc_desktop/resources/reference/levels.json",
                     "dvc_desktop/resources/excel/catalog_columns.json",
                     "dvc_desktop/resources/demo/province.json",
                     "dvc_desktop/store/migrations/env.py",
                     "dvc_desktop/store/migrations/versions/0001_reference_data.py",
                     "dvc_desktop/docs/huong-dan-su-dung.md", "dvc_desktop/docs/images/main-window.png"):
        assert required in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "dvc-desktop = dvc_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
