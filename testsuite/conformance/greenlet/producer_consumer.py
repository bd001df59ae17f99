# reference: /usr/bin/python3
# Greenlets driving a producer/consumer pipeline: the consumer pulls items from a filter, which pulls lines from
# the producer; each side is written as a plain loop and switch() moves between them.
from greenlet import greenlet


TEXT = ["the quick", "brown fox", "", "jumps over"]


def producer():
    for line in TEXT:
        print("produce", repr(line))
        words.switch(line)
    words.switch(None)


def split_words():
    while True:
        line = lines.switch()
        if line is None:
            consumer.switch(None)
        for word in line.split():
            consumer.switch(word)


def consume():
    seen = []
    while True:
        word = words.switch()
        if word is None:
            return seen
        print("consume", word)
        seen.append(word.upper())


lines = greenlet(producer)
words = greenlet(split_words)
consumer = greenlet(consume)
lines.parent = words
words.parent = consumer
result = consumer.switch()
print(result)
print(lines.dead, words.dead, consumer.dead)
