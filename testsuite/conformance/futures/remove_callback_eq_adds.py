# remove_done_callback compares each callback with ==; a program's __eq__ that adds callbacks while the list is
# being scanned must neither crash nor lose them (CPython's GH-97592), and the added ones are compared too.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    calls = []

    def make(n):
        def cb(f):
            calls.append(n)
        return cb

    for n in range(40):
        fut.add_done_callback(make(n))
    compared = 0

    class Adder:
        def __eq__(self, other):
            nonlocal compared
            compared += 1
            if compared <= 60:
                fut.add_done_callback(make(100 + compared))
            return False

    print('removed', fut.remove_done_callback(Adder()))
    print('compared', compared)
    target = make(-1)
    fut.add_done_callback(target)

    class Remover:
        def __eq__(self, other):
            return other is target

    print('removed', fut.remove_done_callback(Remover()))
    fut.set_result(None)
    await asyncio.sleep(0)
    print(len(calls), calls[:3], calls[38:42], calls[-2:])


asyncio.run(main())
