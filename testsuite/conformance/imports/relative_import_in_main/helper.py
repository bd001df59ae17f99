try:
    from .main import nothing
except ImportError as e:
    status = f"helper: {e}"
