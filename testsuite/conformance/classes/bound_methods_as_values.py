# Bound methods are values: stored, passed as callbacks, compared (same object and function), and they keep
# their instance alive.
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def click(self, times=1):
        self.clicks += times
        return f"{self.label} clicked {self.clicks}"


handlers = []
for label in ("ok", "cancel"):
    handlers.append(Button(label).click)
print([h() for h in handlers], handlers[0](times=5))
b = Button("x")
print(b.click == b.click, b.click == Button("x").click, b.click is b.click, b.click != handlers[0])
print(b.click.__self__ is b, b.click.__func__ is Button.click, b.click.__name__, b.click.__qualname__)
print(list(map(Button("m").click, [1, 2, 3])), len({b.click, b.click}))
unbound = Button.click
print(unbound(b), unbound(b, 10), callable(unbound))
