# Objects in reference cycles (a tree with parent links, a nested function calling itself through its cell, an
# object holding its own bound method) live until the program ends; CPython's last collection frees them then,
# so a failed future such an object holds reports "never retrieved" only after everything the program printed.
import asyncio


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __repr__(self):
        return f"Node({self.name!r})"


class Holder:
    """Holds a future that failed and that nobody awaits, and itself through a bound method."""

    def __init__(self, loop):
        self.fut = loop.create_future()
        self.fut.set_exception(ValueError("held in a cycle"))
        self.again = self.describe

    def describe(self):
        return "holder"


def tree():
    root = Node("root")
    for i in range(3):
        Node(f"leaf{i}", Node(i, root))
    return root


def countdown():
    def step(n):
        return [] if n == 0 else [n] + step(n - 1)
    return step(4)


async def worker(peers, i):
    await asyncio.sleep(0)
    peers.append(i)
    return len(peers)


async def main():
    root = tree()
    print(root.children, [c.children for c in root.children])
    print(countdown())
    peers = []
    print(await asyncio.gather(*(worker(peers, i) for i in range(3))))
    h = Holder(asyncio.get_running_loop())
    print(h.again())


asyncio.run(main())
print("main done")
