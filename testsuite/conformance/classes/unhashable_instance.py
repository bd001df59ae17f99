# A class with __eq__ and no __hash__ cannot be a dict key: TypeError: unhashable type.
class Token:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return self.text == other.text


seen = {}
print(Token("a") == Token("a"))
seen[Token("a")] = 1
