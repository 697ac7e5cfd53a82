"""The window: a thin PySide6 layer over the services. The only package that imports Qt widgets."""
