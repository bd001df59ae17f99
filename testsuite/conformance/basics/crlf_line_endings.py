# Windows line endings (CRLF) are plain newlines to Python.
x = 1
if x == 1:
    print("crlf ok")
text = """a
b"""
print(len(text), repr(text))
