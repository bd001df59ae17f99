"""A module logic.py imports: the library holds it too, with its own header (helpers.hpp)."""


def double(x: int) -> int:
    return 2 * x
