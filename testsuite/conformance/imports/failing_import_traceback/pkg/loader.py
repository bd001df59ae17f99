def read_settings(raw):
    return dict(item.split("=") for item in raw.split(";"))


SETTINGS = read_settings("a=1;b")
