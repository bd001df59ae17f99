count = 0
items = ["a"]


def increment():
    global count
    count += 1
