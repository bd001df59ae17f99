# Decorators applied to a class run after the class is built, bottom-up, and may replace or annotate it.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(text):
    def decorate(cls):
        cls.greet = lambda self: f"{text}, {self.name}"
        return cls
    return decorate


@register
@add_greeting("hello")
class Person:
    def __init__(self, name):
        self.name = name


@register
class Robot:
    pass


print(registry, Person("ann").greet(), Person.greet.__name__)
