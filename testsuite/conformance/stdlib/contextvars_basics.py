# contextvars: ContextVar get/set/reset with Token, defaults, copy_context snapshots and Context.run isolation
import contextvars

var = contextvars.ContextVar("var", default="dflt")
print(var.name, var.get(), var.get("given"))
token = var.set("one")
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
snapshot = contextvars.copy_context()
var.set("two")
print(var.get(), snapshot[var], snapshot.get(var), var in snapshot, len(snapshot))

def inside(x):
    var.set(x)
    return var.get()

print(snapshot.run(inside, "three"), var.get(), snapshot[var])
var.reset(token)
print(var.get())
print(contextvars.Context().get(var, "empty"), len(contextvars.Context()))
