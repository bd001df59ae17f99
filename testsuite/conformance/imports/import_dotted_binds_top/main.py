# `import a.b.c` imports a, a.b and a.b.c in turn and binds only `a`; each submodule becomes an attribute of its
# package; `import a.b.c as x` binds the innermost module instead
import net.http.client

print(net.__name__, net.http.__name__, net.http.client.__name__)
print(net.http.client.get("/index"))
try:
    print(http)
except NameError as e:
    print("NameError:", e)
try:
    print(client)
except NameError as e:
    print("NameError:", e)

import net.http.client as c
print(c is net.http.client, c.get("/"))
print(net.http.server_loaded)
