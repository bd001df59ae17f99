# contextvars: get() of a variable with no value and no default ends with LookupError naming the variable
import contextvars

user = contextvars.ContextVar("user")
print(user.get("guest"))
print(user.get())
