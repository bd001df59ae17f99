# A relative import that climbs above the top-level package is valid syntax: CPython raises
# "ImportError: attempted relative import beyond top-level package" only when the import runs (uncaught here,
# through the import lines)
import pkg.fine
print(pkg.fine.ok())
import pkg.climbs
