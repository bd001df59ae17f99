# Without __all__, `from m import *` binds every module global whose name does not start with an underscore
# (including the modules m imported itself); underscored names need an explicit import
from helpers import *


def show(read):
    try:
        print("bound:", read())
    except NameError as e:
        print("NameError:", e)


print(greet("ann"), VERSION, platform_length())
print(sys.version_info[0])
show(lambda: _private)
show(lambda: _CACHE)
show(lambda: __secret)
from helpers import _private, _CACHE
print(_private(), _CACHE)
