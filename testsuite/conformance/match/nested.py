# Nested patterns over a small command language, as in the PEP 636 tutorial.
import dataclasses


@dataclasses.dataclass
class Click:
    position: tuple
    button: str


@dataclasses.dataclass
class KeyPress:
    key_name: str


def interpret(command):
    match command.split():
        case [action]:
            return f"single {action}"
        case ["go", direction] if direction in ("north", "south"):
            return f"going {direction}"
        case ["go", _]:
            return "can't go that way"
        case ["drop", *objects]:
            return f"dropping {', '.join(objects)}"
        case ["look" | "peek", ("at" | "into") as prep, thing]:
            return f"looking {prep} {thing}"
        case _:
            return f"unknown {command!r}"


for c in ["quit", "go north", "go east", "drop key sword", "peek into box", "look at map", "fly away now"]:
    print(interpret(c))


def event(e):
    match e:
        case Click(position=(x, y), button="left"):
            return f"left click {x},{y}"
        case Click((x, y), "right"):
            return f"right click {x},{y}"
        case KeyPress(key_name="Q") | KeyPress("q"):
            return "quit"
        case KeyPress(key) if len(key) == 1:
            return f"key {key}"
        case {"events": [first, *others]}:
            return f"batch starting with {event(first)} (+{len(others)})"
        case _:
            return "unrecognised"


for e in [Click((1, 2), "left"), Click([3, 4], "right"), Click((5, 6), "middle"), KeyPress("q"), KeyPress("x"),
          KeyPress("Esc"), {"events": [KeyPress("Q"), Click((0, 0), "left")]}]:
    print(event(e))

tree = {"op": "+", "args": [{"op": "*", "args": [2, 3]}, {"op": "-", "args": [10]}]}


def evaluate(node):
    match node:
        case int(n) | float(n):
            return n
        case {"op": "+", "args": [*args]}:
            return sum(evaluate(a) for a in args)
        case {"op": "*", "args": [a, b]}:
            return evaluate(a) * evaluate(b)
        case {"op": "-", "args": [a]}:
            return -evaluate(a)
        case {"op": op}:
            raise ValueError(f"bad op {op}")


print(evaluate(tree))
