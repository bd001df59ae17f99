"""Small classes inside a task: construction, attribute reads and writes, method calls, a subclass override."""
import asyncio
import sys


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def fee(self):
        return 1


class Premium(Account):
    def fee(self):
        return 0


def simulate(n):
    accounts = [Account("a", 0), Premium("b", 0), Account("c", 10)]
    for i in range(n):
        acc = accounts[i % 3]
        acc.deposit(i % 5 - acc.fee())
    return [a.balance for a in accounts]


async def main(n):
    print(simulate(n))


def run(n):
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
