"""The main module's docstring."""
# __name__, __file__ and __doc__ of the main module, a module and a package, and the module reprs that name
# their files
import plain
import nodoc
import pkg
import pkg.inner

print(__name__, __file__, __doc__)
for m in (plain, nodoc, pkg, pkg.inner):
    print(m.__name__, m.__file__, repr(m.__doc__))
print(plain)
print(pkg)
print(pkg.inner.whoami())
