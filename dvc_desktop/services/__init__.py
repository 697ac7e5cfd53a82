"""Use cases: one function per user action, one transaction each, plain dataclasses out."""
