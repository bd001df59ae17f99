"""A plain module."""
