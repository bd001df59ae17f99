# f-strings: plain fields, !r, width/alignment and precision.
x = 42
name = "task"
pi = 3.14159
print(f"{x}|{name}|{pi}")
print(f"{name!r}|{x!r}|{[name]!r}")
print(f"[{x:>5}]|[{x:<5}]|[{x:^5}]|[{name:>8}]|[{name:<8}]")
print(f"{pi:.2f}|{pi:.0f}|{2.5:.0f}|{3.5:.0f}|{x:.2f}|{-0.004:.2f}")
print(f"{x:05}|{x:+}|{1234567:,}|{255:x}|{255:#x}|{0.5:%}")
print(f"{'nested'}|{x * 2}|{x > 40}|{None}")
print(f"{{braces}}", f"{x}{x}")
