"""classes.py with the annotations a mypyc user writes."""
import asyncio
import sys
from typing import List


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    def fee(self) -> int:
        return 1


class Premium(Account):
    def fee(self) -> int:
        return 0


def simulate(n: int) -> List[int]:
    accounts: List[Account] = [Account("a", 0), Premium("b", 0), Account("c", 10)]
    for i in range(n):
        acc = accounts[i % 3]
        acc.deposit(i % 5 - acc.fee())
    return [a.balance for a in accounts]


async def main(n: int) -> None:
    print(simulate(n))


def run(n: int) -> None:
    asyncio.run(main(n))


if __name__ == "__main__":
    run(int(sys.argv[1]))
