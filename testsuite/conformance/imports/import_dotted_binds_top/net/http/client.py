print("net.http.client imported")


def get(path):
    return "GET " + path
