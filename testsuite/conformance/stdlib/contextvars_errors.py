# contextvars errors: reusing a Token, a Token of another var, re-entering a Context, bad names
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b")
t = a.set(1)
a.reset(t)
for f in (lambda: a.reset(t), lambda: b.reset(a.set(2)), lambda: a.reset(1), lambda: contextvars.ContextVar(5),
          lambda: contextvars.copy_context()[b]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__)
ctx = contextvars.copy_context()
def again():
    ctx.run(print, "nested")
try:
    ctx.run(again)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context"))
