# Decorators on methods: a plain decorator around a method receives self; classmethod and staticmethod stacked
# over a decorator; property with a setter that validates.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        print(f"call {type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper


class Account:
    rate = 2

    def __init__(self, balance):
        self._balance = balance

    @logged
    def deposit(self, amount):
        self._balance += amount
        return self._balance

    @classmethod
    def with_bonus(cls, amount):
        return cls(amount * cls.rate)

    @staticmethod
    def describe(x):
        return f"account of {x}"

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value


a = Account(10)
print(a.deposit(5), Account.deposit.__name__)
b = Account.with_bonus(7)
print(b.balance, Account.describe("bob"), b.describe("eve"))
b.balance = 3
print(b.balance)
try:
    b.balance = -1
except ValueError as e:
    print("ValueError:", e)
try:
    del b.balance
except AttributeError as e:
    print("AttributeError:", e)
