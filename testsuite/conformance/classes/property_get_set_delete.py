# property: a getter computed on access, a setter that validates, a deleter, and read-only properties.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        print("get balance")
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        print("set balance", value)
        self._balance = value

    @balance.deleter
    def balance(self):
        print("del balance")
        self._balance = 0

    @property
    def label(self):
        return self.owner.upper()

    def _get_doubled(self):
        return self._balance * 2

    doubled = property(_get_doubled, doc="twice the balance")


acct = Account("ann", 10)
print(acct.balance)
acct.balance = 25
print(acct.balance, acct.doubled)
try:
    acct.balance = -1
except ValueError as e:
    print("ValueError:", e)
del acct.balance
print(acct._balance, acct.label)
for attempt in ("label", "doubled"):
    try:
        setattr(acct, attempt, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del acct.label
except AttributeError as e:
    print("AttributeError:", e)
p = Account.__dict__["balance"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, Account.doubled.__doc__, Account.balance is p)
print("_balance" in acct.__dict__, "balance" in acct.__dict__)
