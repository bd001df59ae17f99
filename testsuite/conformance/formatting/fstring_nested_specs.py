# f-strings whose format spec contains nested replacement fields (width, precision, fill, type).
x = 3.14159265
for w, p in [(10, 2), (8, 4), (1, 0), (12, 6)]:
    print(f"[{x:{w}.{p}f}]", f"[{x:>{w}.{p}}]", f"[{x:{'<'}{w}.{p}e}]")
fill, align, width = "*", "^", 11
print(f"[{'mid':{fill}{align}{width}}]", f"[{42:{fill}>{width},}]", f"[{255:#{width}x}]", f"[{-7:0{width}d}]")
spec = ".3g"
print(f"{x:{spec}}", f"{1234567.0:{spec}}", f"{'abcdef':.{2 + 1}}", f"{12:{'b'}}")
items = [("apple", 1.5), ("kiwi", 12.25), ("watermelon", 100.0)]
w = max(len(n) for n, _ in items)
for n, p in items:
    print(f"{n:<{w}} | {p:>{w - 3}.2f}")
print(f"{'{'}{x:.1f}{'}'}", f"{{{x:.1f}}}", f"{{}}", f"{x!r:>{20}}")
