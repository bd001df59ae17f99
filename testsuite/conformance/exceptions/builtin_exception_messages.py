# The messages of common built-in exceptions.
def attempt(label, index):
    try:
        if index == 0:
            return 1 / 0
        if index == 1:
            return 1 // 0
        if index == 2:
            return 5 % 0
        if index == 3:
            return 1.5 / 0
        if index == 4:
            return {"a": 1}["b"]
        if index == 5:
            return {}[42]
        if index == 6:
            return [1, 2][2]
        if index == 7:
            return (1,)[-2]
        if index == 8:
            return "abc"[10]
        if index == 9:
            return 1 + "a"
        if index == 10:
            return "a" + 1
        if index == 11:
            return len(5)
        if index == 12:
            return [] < 1
        if index == 13:
            return int([])
        if index == 14:
            nothing = None
            return nothing()
        if index == 15:
            return [].pop()
        if index == 16:
            return undefined_name
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, "|", repr(e))


for i in range(17):
    attempt(i, i)
