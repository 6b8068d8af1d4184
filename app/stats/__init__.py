"""Aggregates over statements: the timeline."""
