# default_exception_handler lists the context's other keys in sorted order, whatever their type; keys that do
# not order make the handler fail, which is reported as "Exception in default exception handler".
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'strings', 'zeta': 1, 'alpha': [2], 'Mid': 'x', 'é': 3})
    loop.call_exception_handler({3: 'three', 1: 'one', 2.5: 'two and a half'})
    loop.call_exception_handler({'message': 'mixed', 1: 'one'})
    loop.call_exception_handler({(2, 'b'): 'tuple', (1, 'z'): 'other'})
    print('done')


asyncio.run(main())


class BadRepr:
    def __repr__(self):
        raise ValueError('no repr')


async def bad_value():
    asyncio.get_running_loop().call_exception_handler({'message': 'bad value', 'value': BadRepr()})
    print('done again')


asyncio.run(bad_value())
