print("net imported")
