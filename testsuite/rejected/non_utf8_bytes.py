# This file is saved in Latin-1 but declares no encoding.
greeting = "hello"
été = "summer"
print(greeting)
