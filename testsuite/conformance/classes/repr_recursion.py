# User __repr__ methods nest inside containers and each other; a container holding itself prints [...].
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
print(tree)
print([tree.children[1]], {"t": tree.children[0]})
loop = Node("loop")
items = [loop]
items.append(items)
print(items)
