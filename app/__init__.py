"""Commentariat: structured expert commentary from news articles."""
