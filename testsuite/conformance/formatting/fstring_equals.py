# The `=` specifier in f-strings keeps the expression text and spacing, uses repr by default, str with a spec.
x = 10
name = "pyco"
pi = 3.14159
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x= }", f"{x =}", f"{name=}", f"{name=!s}", f"{pi=:.2f}", f"{pi = :>10.3}")
print(f"{x * 2 + 1=}", f"{items[0]=}", f"{len(items)=}", f"{name.upper()=}", f"{x=!r:>6}", f"{None=}")
print(f"{x=:}", f"{name=:>8}", f"{'lit'=}", f"{x % 3=}")
