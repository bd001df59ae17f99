# types' names for the built-in types: functions, lambdas, generators, coroutines, async generators,
# bound methods, builtins, modules, None/Ellipsis/NotImplemented types; isinstance checks and __all__
import asyncio
import types


def plain():
    return 1


def gen():
    yield 1


async def coro():
    return 2


async def agen():
    yield 3


class K:
    def method(self):
        return 4

    @classmethod
    def cm(cls):
        return cls.__name__


g = gen()
c = coro()
ag = agen()
checks = [
    ("FunctionType", plain, types.FunctionType),
    ("LambdaType", lambda: 0, types.LambdaType),
    ("GeneratorType", g, types.GeneratorType),
    ("CoroutineType", c, types.CoroutineType),
    ("AsyncGeneratorType", ag, types.AsyncGeneratorType),
    ("MethodType", K().method, types.MethodType),
    ("MethodType(classmethod)", K.cm, types.MethodType),
    ("BuiltinFunctionType", len, types.BuiltinFunctionType),
    ("BuiltinMethodType", [].append, types.BuiltinMethodType),
    ("ModuleType", types, types.ModuleType),
    ("NoneType", None, types.NoneType),
    ("EllipsisType", ..., types.EllipsisType),
    ("NotImplementedType", NotImplemented, types.NotImplementedType),
]
for label, obj, t in checks:
    print(f"{label:24} {isinstance(obj, t)} {type(obj) is t} {t.__name__}")
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(K.method, types.FunctionType), isinstance(plain, types.MethodType), isinstance(gen, types.GeneratorType))
print(isinstance(print, types.FunctionType), isinstance(g, types.CoroutineType), isinstance(K, types.ModuleType))
print(types.NoneType() is None, types.NoneType is type(None), types.EllipsisType is type(...))
print(repr(types.NoneType), repr(types.EllipsisType), repr(types.NotImplementedType))
print(next(g), asyncio.run(c), K.cm())
print(type(K().method).__name__, types.MethodType.__name__, types.GeneratorType.__name__, types.CoroutineType.__name__)
print(types.AsyncGeneratorType.__name__, types.ModuleType.__name__, types.FunctionType.__qualname__)

bound = K().method
print(bound(), type(bound.__self__).__name__, bound.__func__ is K.method, isinstance(bound, types.MethodType))


def kind(obj):
    if isinstance(obj, types.CoroutineType):
        return "coroutine"
    if isinstance(obj, types.GeneratorType):
        return "generator"
    if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        return "callable"
    if isinstance(obj, types.NoneType):
        return "none"
    return "other"


c2 = coro()
print([kind(o) for o in (gen(), c2, len, plain, K().method, None, 5)])
c2.close()
for name in ("FunctionType", "LambdaType", "SimpleNamespace", "GeneratorType", "CoroutineType", "AsyncGeneratorType",
             "MethodType", "BuiltinFunctionType", "ModuleType", "new_class", "prepare_class", "resolve_bases",
             "coroutine", "DynamicClassAttribute", "NoneType", "EllipsisType", "NotImplementedType"):
    print(name, name in types.__all__, hasattr(types, name))
types.NoneType(1)
