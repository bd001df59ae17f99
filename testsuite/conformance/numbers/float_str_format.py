# str(), repr() and f-string defaults of floats inside containers and in arithmetic results.
vals = [1 / 7, 2 / 3 * 3, 100.0, 1e-3, 123456789.0, 0.1 * 0.1, 1.0 - 0.9, 3.0e10, -1e-10, 2.5e-8, 1234.5e6]
print(vals)
print(tuple(vals[:3]), {"k": vals[0]}, set([0.5]), [float(i) / 4 for i in range(6)])
for v in vals:
    print(f"{v}", f"{v!r}", str(v) == repr(v), "%s" % v, "%r" % v, "{}".format(v), format(v))
print(1e15 + 0.3, 1e16 + 2.0, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 3 * 1.1, 1 / 3 + 1 / 3 + 1 / 3, 9.95 * 10)
