# atexit after an uncaught exception: the traceback is printed first, then the callbacks run (newest first),
# one of them failing with a chained exception, and the exit status stays 1. A flushing callback writes after
# the program's output.
import atexit
import sys


class Buffer:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)

    def flush(self):
        print("flushing", len(self.lines), "lines")
        for line in self.lines:
            print("  ", line)


buffer = Buffer()
atexit.register(buffer.flush)


def broken():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("cleanup broke") from e


atexit.register(broken)
atexit.register(sys.stdout.write, "written by a bound builtin\n")
atexit.register(int, "not a number")

buffer.write("one")
buffer.write("two")


def compute(n):
    return 10 / n


print(compute(2))
print(compute(0))
