# `from m import a, b as c` binds the values the module's names hold when the import runs: rebinding the name
# inside the module later does not change the importer's copy, mutating a shared object does
from config import limit, names, bump, label as tag
import config

print(limit, names, tag)
bump()
print("after bump:", limit, config.limit)
names.append("z")
print(config.names, names is config.names)
from config import limit
print("imported again:", limit)
