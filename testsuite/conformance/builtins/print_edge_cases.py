# print() with no items, empty sep/end, unpacked empty sequences, objects with __str__, and None/empty strings.
class Thing:
    def __str__(self):
        return "thing-str"
    def __repr__(self):
        return "thing-repr"
print(*[])
print(*[], sep="x", end="|\n")
print("", "", sep="-")
print(None, "", 0, sep="|")
print(Thing(), [Thing()], (Thing(),), {"k": Thing()}, sep="; ")
print("a", end="")
print("b", end="")
print()
print("x", "y", sep="")
print(1, 2, 3, sep="\t", end="\t|\n")
print("mixed", 1, 2.5, True, None, b"b", [1], {1: 2}, (1,), {1}, sep=",")
print("é", "中文", "😀", sep="·")
