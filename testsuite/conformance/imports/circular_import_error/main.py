# A circular from-import of a name not yet defined: CPython's ImportError names the partially initialised
# module and its file; uncaught, the traceback runs through every import line
import orders
