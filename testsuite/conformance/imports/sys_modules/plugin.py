import sys

print("plugin sees itself in sys.modules while it runs:", __name__ in sys.modules)
