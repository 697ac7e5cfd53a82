"""Signing keys and signed packages (the bridge between departments and the province)."""
