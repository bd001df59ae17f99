def attempt():
    try:
        from .. import sibling
    except ImportError as e:
        return f"{type(e).__name__}: {e}"
