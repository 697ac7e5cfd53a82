"""DVC Desktop: the catalogue of online public services of a Vietnamese province."""

import os

__version__ = "0.1.0"

# lxml comes with pyHanko (signed PDFs); openpyxl would then parse a workbook's own XML with lxml, which
# does not defuse entity bombs. Before openpyxl is first imported, keep it on defusedxml: excel/safety.py
# refuses to read a workbook otherwise.
os.environ.setdefault("OPENPYXL_LXML", "False")
