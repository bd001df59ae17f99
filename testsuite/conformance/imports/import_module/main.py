# `import m` runs m.py found beside the main file and binds the module: its functions, constants and classes
# are read as attributes, and `import m as alias` binds the same module object under another name
import shapes
import shapes as sh

print(shapes.__name__, sh.__name__, sh is shapes)
print(shapes.PI_ROUGH, shapes.area(2))
print(shapes.Square(3).area(), type(shapes.Square(1)).__name__)
print(shapes.describe([1, 2]))
print(shapes.area.__module__, shapes.Square.__module__, shapes.Square.__qualname__)
