# Instances with __call__ are callable (with keywords, *args and as key functions); others are not.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + sum(rest)) * self.k * scale


double = Multiplier(2)
print(double(5), double(1, 2, 3), double(x=4, scale=10), double.calls)
print(sorted([3, 1, 2], key=Multiplier(-1)), list(map(double, [1, 2])))
print(callable(double), callable(Multiplier), callable(object()), callable(len))
try:
    object()()
except TypeError as e:
    print("TypeError:", e)
try:
    double()
except TypeError as e:
    print("TypeError:", e)
