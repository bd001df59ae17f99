# Bases whose orders contradict each other have no C3 linearisation: TypeError at the class statement.
class A:
    pass


class B(A):
    pass


try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("caught:", e)

try:
    class Twice(A, A):
        pass
except TypeError as e:
    print("caught:", e)


class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
print("defining R")


class R(P, Q):
    pass
