"""Excel import and export with openpyxl; every file is treated as hostile input."""
