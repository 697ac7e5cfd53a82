"""bench/generate.py grows a province to the sizes the benchmarks measure: up to 20 departments and 150
communes, each unit with its own code, name and sectors."""

from __future__ import annotations

import sqlite3

import pytest

from bench.generate import MAX_COMMUNES, MAX_DEPARTMENTS, Scale, generate, scaled_vocabulary


def test_up_to_twenty_departments_and_a_hundred_and_fifty_communes():
    vocab = scaled_vocabulary(MAX_DEPARTMENTS + MAX_COMMUNES, departments_wanted=MAX_DEPARTMENTS)
    departments, communes = vocab["departments"], vocab["communes"]
    assert (len(departments), len(communes)) == (20, 150)
    units = departments + communes
    assert len({u["code"] for u in units}) == len({u["name"] for u in units}) == len({u["short"] for u in units}) == 170
    assert all(d["sectors"] and all(s["objects"] for s in d["sectors"]) for d in departments)
    with pytest.raises(ValueError, match="150 communes"):
        scaled_vocabulary(MAX_DEPARTMENTS + MAX_COMMUNES + 1, departments_wanted=MAX_DEPARTMENTS)
    with pytest.raises(ValueError, match="departments"):
        scaled_vocabulary(30, departments_wanted=21)
    assert len(scaled_vocabulary(60)["departments"]) == 12  # the default: the demo's twelve


def test_a_province_with_twenty_departments_classifies_their_procedures(tmp_path):
    result = generate(tmp_path / "province", Scale(procedures=1, units=25, departments=20, role="province"),
                      progress=lambda _message: None)
    assert result.units == 25
    with sqlite3.connect(tmp_path / "province" / "dvc-desktop.sqlite") as connection:
        classifying = {code for (code,) in connection.execute(
            "SELECT DISTINCT u.code FROM classifications AS c JOIN units AS u ON c.unit_id = u.id")}
    connection.close()
    assert "000.00.37.H59" in classifying  # the last of the eight more agencies has work of its own


def test_a_benchmark_measures_a_first_start_not_the_users_remembered_window(tmp_path):
    """bench.fresh_settings: the windows a benchmark starts read settings of their own, not the folded
    editor or narrow columns of whoever runs it; DVC_BENCH_KEEP_SETTINGS=1 keeps the user's."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    script = ("import os, bench; bench.fresh_settings(); first = os.environ['XDG_CONFIG_HOME']; "
              "bench.fresh_settings(); print(first); print(os.environ['XDG_CONFIG_HOME']); print(os.path.isdir(first))")

    def run(**extra: str) -> list[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DVC_BENCH")}
        env.update(XDG_CONFIG_HOME=str(tmp_path / "mine"), PYTHONPATH=str(root), **extra)
        return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                              check=True).stdout.split()

    first, again, existed = run()
    assert first != str(tmp_path / "mine") and Path(first).name.startswith("dvc-bench-settings-")
    assert again == first and existed == "True"  # run_all.py's folder serves every benchmark it runs
    assert not Path(first).exists()  # removed when the benchmark ends
    assert run(DVC_BENCH_KEEP_SETTINGS="1")[0] == str(tmp_path / "mine")
