# `from m import *` when m.__all__ names something m does not define: the star import raises AttributeError
# ("module 'm' has no attribute 'x'"), and an __all__ holding a non-string is a TypeError; uncaught at the end
try:
    from broken_all import *
except AttributeError as e:
    print("AttributeError:", e)
print(present)
try:
    from bad_type_all import *
except TypeError as e:
    print("TypeError:", e)
from broken_all import *
