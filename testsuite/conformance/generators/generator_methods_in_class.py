# Generator methods: __iter__ written as a generator, generators that read and update instance state, and
# several independent iterations over one object.
class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
        self.played = 0

    def __iter__(self):
        for song in self.songs:
            self.played += 1
            yield song

    def pairs(self):
        it = iter(self.songs)
        for first in it:
            second = next(it, None)
            yield (first, second)

    def shuffle_by(self, key):
        yield from sorted(self.songs, key=key)


p = Playlist("b", "a", "d", "c", "e")
print(list(p), p.played)
a, b = iter(p), iter(p)
print(next(a), next(a), next(b), p.played)
print(list(p.pairs()), list(p.shuffle_by(str)), [s.upper() for s in p if s > "b"])
print(type(p.pairs()).__name__, "a" in p, sum(1 for _ in p))
