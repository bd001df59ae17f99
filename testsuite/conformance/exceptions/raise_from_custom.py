# raise ... from ... with user exceptions prints both tracebacks, the cause first.
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e


print(parse("12"))
try:
    parse("x")
except ConfigError as e:
    print("caught", e, "caused by", repr(e.__cause__))
parse("twelve")
