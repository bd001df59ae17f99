# Exception chaining across modules: a low-level error in one module is wrapped with `raise ... from` in another
# and re-raised in main; uncaught, CPython prints both tracebacks, each frame with its own file
import service


def main():
    try:
        service.load_user("42")
    except service.ServiceError as e:
        print("caught:", e, "| cause:", repr(e.__cause__))
    service.load_user("7")


main()
