# A syntax error in an imported module is reported in that module's file: CPython raises it when the import runs,
# pyco when it compiles the program
import util

print(util.double(2))
