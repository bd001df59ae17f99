def dumps(d):
    return ",".join(f"{k}={v}" for k, v in d.items())
