# An operator neither operand supports raises TypeError naming both types, with the caret under the operator.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented


total = Money(5) + Money(7)
print(total.cents)
total = total + "3 dollars"
