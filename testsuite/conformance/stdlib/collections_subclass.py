# user classes deriving from Counter and defaultdict keep the base behaviour and print their own class name
from collections import Counter, defaultdict, OrderedDict


class WordCounter(Counter):
    def add_text(self, text):
        self.update(text.split())


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


wc = WordCounter()
wc.add_text("a b a c a b")
print(wc, wc.most_common(1), isinstance(wc, Counter), isinstance(wc, dict))
t = Tree()
t["x"]["y"]["z"] = 1
print(type(t["x"]).__name__, t["x"]["y"]["z"], "q" in t)
print(type(wc).__mro__)
