"""Printed summaries (province and unit) in the layout of Decree 30/2020/NĐ-CP, Appendix I.

`data` holds the figures as plain dataclasses, `compose` turns them into an official Vietnamese
document made of blocks (`document`), and `render` lays the blocks out and paints them onto any
QPagedPaintDevice (QPdfWriter for the command line, QPrinter for the window's preview and
printing), so the preview, the printout and the PDF are the same pages. Only QtGui is used here;
no Qt widgets, so reports run headless.
"""
