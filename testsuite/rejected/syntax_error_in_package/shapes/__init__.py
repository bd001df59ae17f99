"""Shapes."""
DEFAULT = "circle"
  VERSION = 2
