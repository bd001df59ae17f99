# An uncaught exception raised two modules down: the traceback shows each module's own file, line, function
# and carets
import parser_mod


def main():
    rows = ["1", "2", "x"]
    return parser_mod.parse_all(rows)


print(parser_mod.parse_all(["4", "5"]))
main()
