"""CSV and NDJSON exports that stream every matching row, batch by batch."""
