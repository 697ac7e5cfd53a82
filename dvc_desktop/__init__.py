"""DVC Desktop: the catalogue of online public services of a Vietnamese province."""

__version__ = "0.1.0"
