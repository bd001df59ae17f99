# Tutorial 1.2: coroutines with yield and yield from.
def func1():
    yield 1
    yield from func2()
    yield 2


def func2():
    yield 3
    yield 4


f1 = func1()  # 执行生成器函数返回了一个生成器，被f1接收
for item in f1:
    print(item)
