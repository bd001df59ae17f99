# __name__ and __qualname__ of nested functions, methods, lambdas and async functions.
import asyncio


def outer():
    def inner():
        return lambda: None
    return inner


class Service:
    def handle(self):
        def step():
            pass
        return step

    async def run(self):
        pass

    class Config:
        def load(self):
            pass


inner = outer()
print(outer.__name__, outer.__qualname__)
print(inner.__name__, inner.__qualname__)
lam = inner()
print(lam.__name__, lam.__qualname__)
print(Service.handle.__qualname__, Service().handle().__qualname__)
print(Service.run.__qualname__, Service.Config.load.__qualname__, Service.Config.__qualname__)
coro = Service().run()
print(coro.__qualname__, coro.__name__)
coro.close()
print(repr(outer).split(" at ")[0], repr(Service.handle).split(" at ")[0])
