__all__ = ("present", "ghost")
present = "present is bound before the error"
