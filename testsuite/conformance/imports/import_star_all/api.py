__all__ = ["public_call", "_listed_helper"]


def public_call():
    return "public"


def _listed_helper():
    return "listed though underscored"


unlisted = "not exported by *"
