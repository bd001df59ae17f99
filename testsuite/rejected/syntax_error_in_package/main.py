# An indentation error in a package's __init__.py, reached through `from pkg.sub import name`: the diagnostic
# names the package file
from shapes.circle import area

print(area(1))
