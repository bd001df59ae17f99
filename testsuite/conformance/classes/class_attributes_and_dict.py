# Class attributes, C.__dict__ in definition order, __doc__, __module__, and assigning class attributes later.
class Config:
    """Settings shared by every instance."""
    debug = False
    retries = 3

    def show(self):
        return (self.debug, self.retries)


print(Config.__doc__, Config.__module__, Config.debug)
print([k for k in Config.__dict__ if not k.startswith("__")])
print("__doc__" in Config.__dict__, "__module__" in Config.__dict__, "__qualname__" in Config.__dict__)
c = Config()
print(c.show())
Config.debug = True
Config.timeout = 1.5
print(c.show(), c.timeout, hasattr(c, "timeout"))
c.retries = 9
print(c.show(), Config.retries, c.__dict__)
del c.retries
print(c.show())
del Config.timeout
print(hasattr(c, "timeout"), getattr(c, "timeout", "gone"))


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc().__class__ is NoDoc, NoDoc.__class__)
try:
    del Config.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Config.nothing
except AttributeError as e:
    print("AttributeError:", e)
