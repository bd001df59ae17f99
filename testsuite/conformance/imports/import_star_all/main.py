# `from m import *` binds exactly the names listed in m.__all__, underscored ones included; a name left out
# stays reachable as an attribute and by an explicit from-import
from api import *
import api

print(public_call(), _listed_helper())
print(api.__all__)
try:
    print(unlisted)
except NameError as e:
    print("NameError:", e)
print(api.unlisted)
from api import unlisted
print(unlisted)
