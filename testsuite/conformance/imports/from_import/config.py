limit = 10
names = ["x", "y"]
label = "cfg"


def bump():
    global limit
    limit += 5
