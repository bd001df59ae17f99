# isinstance/issubclass with user classes, tuples and multiple inheritance; type() and __class__.
class Animal: pass
class Swimmer: pass
class Dog(Animal): pass
class Duck(Animal, Swimmer): pass


d, k = Dog(), Duck()
print(isinstance(d, Animal), isinstance(d, Swimmer), isinstance(k, Swimmer), isinstance(k, (int, Swimmer)))
print(issubclass(Duck, Animal), issubclass(Duck, (Dog, Swimmer)), issubclass(Dog, Dog), issubclass(Dog, object))
print(type(d) is Dog, type(k) is Animal, type(d).__name__, k.__class__.__name__, type(d) == Dog)
print(isinstance(Dog, type), isinstance(d, object), type(Dog) is type, type(type(d)))
print(isinstance(3, Animal), isinstance(ValueError(), Animal))
try:
    isinstance(d, d)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
kinds = {Dog: "dog", Duck: "duck"}
print([kinds[type(x)] for x in (d, k, Dog())])
