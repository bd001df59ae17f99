# An exception raised inside __init__ shows the class call and the __init__ frame in the traceback.
class Config:
    def __init__(self, values):
        self.port = self.parse_port(values["port"])

    def parse_port(self, text):
        return int(text)


print(Config({"port": "80"}).port)
try:
    Config({})
except KeyError as e:
    print("KeyError", e)
Config({"port": "eighty"})
