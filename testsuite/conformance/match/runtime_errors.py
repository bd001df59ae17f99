# The TypeErrors and ValueErrors a pattern raises when it runs, with CPython's messages.


class NoArgs:
    pass


class BadArgs:
    __match_args__ = ["x"]


class NotStrings:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "a")
    a = 1


class K:
    key = "k"
    other = "k"


def attempt(label, f):
    try:
        print(label, "->", f())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def positional_on_plain():
    match NoArgs():
        case NoArgs(1):
            return "matched"


def match_args_list():
    match BadArgs():
        case BadArgs(x):
            return x


def match_args_not_str():
    match NotStrings():
        case NotStrings(x):
            return x


def twice_positional():
    match Two():
        case Two(p, q):
            return p, q


def positional_then_keyword():
    match Two():
        case Two(p, a=q):
            return p, q


def not_a_class():
    f = len
    match 3:
        case f():
            return "?"


def int_two_positional():
    match 3:
        case int(a, b):
            return a, b


def duplicate_keys():
    match {"k": 1}:
        case {K.key: 1, K.other: 1}:
            return "?"


def isinstance_before_args():
    match 5:
        case NoArgs(1, 2, 3):
            return "?"
        case _:
            return "not an instance: no error"


for label, f in [("positional_on_plain", positional_on_plain), ("match_args_list", match_args_list),
                 ("match_args_not_str", match_args_not_str), ("twice_positional", twice_positional),
                 ("positional_then_keyword", positional_then_keyword), ("not_a_class", not_a_class),
                 ("int_two_positional", int_two_positional), ("duplicate_keys", duplicate_keys),
                 ("isinstance_before_args", isinstance_before_args)]:
    attempt(label, f)
