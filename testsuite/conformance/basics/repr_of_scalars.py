# repr() and str() of None, bools, ints, floats and strings.
print(None, True, False)
print(repr(None), repr(True), repr(0), repr(-7), repr(10**20))
print(1.0, 0.1, 1e16, 1e15, -0.0, 1/3, 2/3, 0.1 + 0.2, 1e-5, 0.0001, 123456789.125)
print(repr(1.0), repr(2.5e-10), repr(-1.5), str(3.0))
print(7 / 2, 6 / 3, 1e300 * 1e10, -1e300 * 1e10)
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
print(repr(""), repr("é"), repr("中文"))
print(str("no quotes"), "x" * 3)
