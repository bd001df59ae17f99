# except clauses match user exception hierarchies (multiple inheritance included) in order.
class AppError(Exception):
    pass


class DatabaseError(AppError):
    pass


class NotFound(DatabaseError, LookupError):
    pass


def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except NotFound as e:
        return f"NotFound({e})"
    except DatabaseError:
        return "DatabaseError"
    except (AppError, TypeError) as e:
        return f"App/Type: {type(e).__name__}"
    except LookupError:
        return "LookupError"


for exc in (NotFound("row 1"), DatabaseError(), AppError(), TypeError(), KeyError(1), IndexError()):
    print(classify(exc))
try:
    raise NotFound
except LookupError as e:
    print("caught as LookupError:", type(e).__name__, e.args)
print(issubclass(NotFound, LookupError), [c.__name__ for c in NotFound.__mro__])
