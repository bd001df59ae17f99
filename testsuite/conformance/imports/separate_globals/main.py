# Each module has its own globals: a function defined in a module finds names in its module, never in the
# importer's, even when the importer defines a name of the same name; `global` in a module writes that module
import calc

factor = 100
print(calc.scale(2), factor)
calc.set_factor(5)
print(calc.scale(2), calc.factor, factor)
try:
    calc.uses_undefined()
except NameError as e:
    print("NameError:", e)
undefined_in_calc = "defined only in main"
calc.uses_undefined()
