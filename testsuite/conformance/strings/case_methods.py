# upper/lower/title/capitalize/swapcase/casefold, including non-ASCII letters and apostrophes in title().
words = ["hello world", "HELLO", "they're bill's friends", "ßtraße", "ǆemal", "ﬁre", "hello_world-foo bar9baz",
         "ÉCOLE élève", "ΣΊΣΥΦΟΣ", "İstanbul", "123abc", "mIxEd CaSe", "", "a"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("σ".upper(), "ΑΣ".lower(), "ΑΣ Β".lower(), "Σ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
