"""The least a department window's start can cost with this stack, against the same bare window.

    .venv/bin/python bench/startup_floor.py [--store DIR] [--repeat 5]

Issue 21 asks the clerk's table painted within 2× a bare QMainWindow process, and a first key filtered
within 2.5×. This measures a start stripped to what those two figures need, to tell a slow window
from a target below what PySide6 allows here. The process imports what the window's start imports
(`gui.app`), makes the QApplication with its translations, reads the first screenful of the store
with sqlite3 (40 whole rows, by code), and shows a QMainWindow holding only a search box, the
window's own table model and delegate with those rows, and a count line: no editor, menus, toolbar,
filters, tabs or worker. "table" is that table painted; then it reads every row's key the way the
first look does, puts the 20,000 rows in the model, filters on a letter and "filtered" is the table
painted again. The real window does all of this and more, so these are floors for bench/startup.py's
"table painted" and "usable". Same launcher, baseline and alternation as bench/startup.py.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.startup import BARE, TABLE_TARGET, USABLE_TARGET, _compile_as_installed, on_department_store, run  # noqa: E402

FLOOR = """
import sqlite3, sys, time
from datetime import date

import dvc_desktop.gui.app  # noqa: F401  (what the window's start imports before its first paint)
from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.gui.translation import current_language, install

app = QtWidgets.QApplication(sys.argv[:1])
install(app, current_language())

from dvc_desktop.domain.rulesets import rule_set_in_force
from dvc_desktop.gui.procedure_model import Filters, ProcedureTableModel
from dvc_desktop.gui.tables import show_rows
from dvc_desktop.services import first_look
from dvc_desktop.services.store_reads import identity
from dvc_desktop.services.workspace_view import build_rows, pending_rows

store = sqlite3.connect(f"file:{sys.argv[1]}/dvc-desktop.sqlite?mode=ro", uri=True)
(unit,) = store.execute("SELECT id FROM units WHERE code = ?", (identity(store).unit_code,)).fetchone()
levels = dict(store.execute("SELECT code, name FROM levels"))
rules = rule_set_in_force(date.today())
first = store.execute(first_look._ROWS + " ORDER BY p.code LIMIT 40", (unit,)).fetchall()
ids = [row[1] for row in first]
rows = build_rows(first, store.execute(first_look._LEVELS_OF.format(marks=",".join("?" * len(ids))), ids), levels,
                  rules)

window = QtWidgets.QMainWindow()
window.setWindowTitle("DVC Desktop")
window.resize(1280, 800)
central = QtWidgets.QWidget()
layout = QtWidgets.QVBoxLayout(central)
search = QtWidgets.QLineEdit()
layout.addWidget(search)
table = QtWidgets.QTableView()
model = ProcedureTableModel(window)
show_rows(table, model)
layout.addWidget(table)
layout.addWidget(QtWidgets.QLabel("Hiển thị 40 / 20000 thủ tục"))
window.setCentralWidget(central)
model.set_rows(rows)


class Marks(QtCore.QObject):
    paints = 0

    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint and watched is table.viewport():
            self.paints += 1
            QtCore.QTimer.singleShot(0, self.table_painted if self.paints == 1 else self.filtered)
        return False

    def table_painted(self):
        print("painted", time.time(), flush=True)
        keys = store.execute(first_look._KEYS, (unit,)).fetchall()
        keys.sort(key=lambda key: key[2])
        model.set_rows(rows + pending_rows(keys[len(rows):]))
        search.setText("d")
        model.set_filters(Filters(text="d"))

    def filtered(self):
        if self.paints == 2:
            print("filtered", time.time(), flush=True)
            app.quit()


marks = Marks()
app.installEventFilter(marks)
window.show()
app.exec()
"""


def measure(store: Path, repeat: int = 5) -> dict[str, float]:
    _compile_as_installed()
    command = [sys.executable, "-c", FLOOR, str(store)]
    run([sys.executable, "-c", BARE])
    run(command)
    runs = [(run([sys.executable, "-c", BARE])[0], run(command)[0]) for _ in range(repeat)]
    median = statistics.median
    return {"bare": median(bare["painted"] for bare, _ in runs),
            "table": median(floor["painted"] for _, floor in runs),
            "filtered": median(floor["filtered"] for _, floor in runs)}


def report(figures: dict[str, float], repeat: int) -> None:
    from bench.common import report as line

    bare = figures["bare"]
    line("start-up floor: bare table painted (first screenful)", figures["table"], "bare QMainWindow painted", bare)
    line("start-up floor: a first key filtered 20000 rows", figures["filtered"], "bare QMainWindow painted", bare)
    print(f"   floors for bench/startup.py's targets (table ≤ {TABLE_TARGET}×, usable ≤ {USABLE_TARGET}×); "
          f"medians of {repeat} runs each, alternating", flush=True)


def main(argv: list[str] | None = None) -> None:
    on_department_store(__doc__, measure, report, 5, argv)


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()
