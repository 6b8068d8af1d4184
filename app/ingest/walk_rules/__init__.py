"""The walk's rules, one module per kind of paragraph; their order: :mod:`app.ingest.walk`."""
