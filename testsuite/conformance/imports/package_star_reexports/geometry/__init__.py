from .shapes import Point
from .measure import distance, internal_helper

__all__ = ["Point", "distance", "transforms"]
