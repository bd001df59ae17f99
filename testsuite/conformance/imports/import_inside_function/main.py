# Imports inside functions run when the function runs and bind local names; a module imported there runs its
# code at that first call, and the module-level name stays unbound
def render(value):
    import fmt
    from fmt import PREFIX as p
    return p + fmt.show(value)


def has_fmt():
    try:
        fmt
    except NameError:
        return False
    return True


print("before the call")
print(render(1))
print(render(2))
print(has_fmt())
import sys
print("fmt" in sys.modules)
