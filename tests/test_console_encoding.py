"""Windows consoles use an ANSI code page (cp1252, cp1258) for redirected output: JSON, CSV and messages
still leave as UTF-8 (simulated here with PYTHONIOENCODING, Python's own switch for the streams)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("code_page", ["cp1252", "cp1258"])
def test_json_redirected_under_an_ansi_code_page_is_utf8(tmp_path, code_page):
    env = {**os.environ, "PYTHONIOENCODING": code_page, "PYTHONUTF8": "0", "DVC_DATA_DIR": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    command = [sys.executable, "-m", "dvc_desktop"]
    subprocess.run([*command, "init", "--role", "province", "--unit-code", "000.00.01.H40", "--unit-name",
                    "Văn phòng UBND tỉnh", "--province-code", "H40", "--province-name", "Tỉnh Thử Nghiệm"],
                   env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    out = tmp_path / "out.json"
    with out.open("wb") as handle:  # `status --json > out.json`
        done = subprocess.run([*command, "status", "--json"], env=env, cwd=ROOT, stdout=handle,
                              stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert json.loads(out.read_bytes().decode("utf-8"))["unit_name"] == "Văn phòng UBND tỉnh"
    refused = subprocess.run([*command, "publish", str(tmp_path / "x.docx")], env=env, cwd=ROOT,
                             capture_output=True, timeout=120)
    assert refused.returncode == 2 and "không phải" in refused.stderr.decode("utf-8")
