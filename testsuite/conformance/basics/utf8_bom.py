# A UTF-8 byte order mark before the first line is allowed.
print("bom ok")
print(len("héllo"))
