ok = 1
__all__ = ["ok", 42]
