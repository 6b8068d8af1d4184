"""Full-text search: the query language, its SQL for each store, and highlighting."""
