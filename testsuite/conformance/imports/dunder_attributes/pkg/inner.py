'''Inner module of pkg.'''


def whoami():
    return f"{__name__} at {__file__}: {__doc__}"
