# cleandoc, getdoc (inherited docstrings included) and getmembers with and without predicates.
import inspect


print(repr(inspect.cleandoc('''
    First line.

        Indented more.
    Back.
    ''')))
print(repr(inspect.cleandoc('  One line  ')))
print(repr(inspect.cleandoc('Summary.\n\tTabbed\n\t  deeper\n')))
print(repr(inspect.cleandoc('')))
print(repr(inspect.cleandoc('\n\n  \n')))


class Base:
    """Base class.

    With a body.
    """

    def run(self):
        """Runs the thing.

        Carefully.
        """

    @property
    def size(self):
        """The size."""
        return 1

    @classmethod
    def build(cls):
        """Builds one."""


class Child(Base):
    def run(self):
        pass

    @property
    def size(self):
        return 2

    @classmethod
    def build(cls):
        pass


def nodoc():
    pass


print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Child)))
print(repr(inspect.getdoc(Child.run)))
print(repr(inspect.getdoc(Child().run)))
print(repr(inspect.getdoc(Child.build)))
print(repr(inspect.getdoc(Child.__dict__['size'])))
print(repr(inspect.getdoc(nodoc)))


class Thing:
    """A thing."""
    count = 3
    _hidden = 'h'

    def __init__(self):
        self.value = 10

    def act(self):
        pass

    @staticmethod
    def util():
        pass

    @property
    def double(self):
        return self.value * 2


t = Thing()
own = [name for name, _ in inspect.getmembers(t) if not name.startswith('__')]
print(own)
print([(n, v) for n, v in inspect.getmembers(t) if n in ('count', 'value', 'double', '_hidden')])
print([n for n, v in inspect.getmembers(Thing, inspect.isfunction)])
print([n for n, v in inspect.getmembers(t, inspect.ismethod)])
print([n for n, v in inspect.getmembers(Thing, lambda v: isinstance(v, int)) if not n.startswith('__')])


class Raises:
    @property
    def broken(self):
        raise AttributeError('no')

    ok = 1


print([n for n, v in inspect.getmembers(Raises()) if not n.startswith('__')])


def f():
    pass


f.attr = 'x'
print([n for n, v in inspect.getmembers(f) if not n.startswith('__')])
