# pyco-only
# CPython raises ModuleNotFoundError only when the import runs; pyco finds every module when it compiles, so an
# import of a module that exists neither beside main.py nor in pyco's library is a compile-time error (outside
# try/except ImportError)
import helper
import no_such_module

print(helper.VALUE, no_such_module)
