from registry import handler


@handler("double")
def twice(x):
    return 2 * x
