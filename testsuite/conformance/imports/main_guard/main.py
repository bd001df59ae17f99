# `if __name__ == "__main__":` is true only in the program's main file; a module sees its own name
import tool

print("main's __name__:", __name__)
if __name__ == "__main__":
    print("main runs its guarded block")
    print(tool.run())
