# Found by differential testing of the front end: pyco rejected a starred subscript, valid since Python 3.11
# (PEP 646): a[*b] indexes with a tuple, as a[*b,] does.
d = {(1, 2): "a", (3,): "b"}
k = [1, 2]
print(d[*k])
print(d[*[3]])
d[*k] = "c"
print(d)
del d[*[3]]
print(d)
