print("net.http imported")
server_loaded = False
