# Handle and TimerHandle reprs name the callback and its arguments, and say when cancelled.
import asyncio


def greet(name, punctuation="!"):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "world")
    print(repr(h).replace(__file__, "FILE"))
    h.cancel()
    print(repr(h))
    t = loop.call_later(10, greet, "later")
    text = repr(t).replace(__file__, "FILE")
    print(text[:text.index(" when=")], text[text.index(" greet"):])
    t.cancel()
    text = repr(t)
    print(text[:text.index(" when=")])
    print(t.when() > loop.time())


asyncio.run(main())
