# bytearray as a buffer that programs build up and edit: reading fields, rewriting bytes in place in a loop,
# checksums, bytes(b) snapshots that later edits do not change, and a bytearray shared between functions and
# coroutines.
import asyncio


def checksum(data):
    total = 0
    for byte in data:
        total = (total * 31 + byte) & 0xFFFF
    return total


def rot13(buf):
    for i, c in enumerate(buf):
        if 97 <= c <= 122:
            buf[i] = (c - 97 + 13) % 26 + 97
        elif 65 <= c <= 90:
            buf[i] = (c - 65 + 13) % 26 + 65


buf = bytearray(b"Hello, World")
snapshot = bytes(buf)
rot13(buf)
print(buf, snapshot, checksum(buf), checksum(snapshot))
rot13(buf)
print(buf == snapshot, buf is snapshot)

frame = bytearray()
for word in [b"alpha", b"be", b"gamma"]:
    frame += len(word).to_bytes(2, "big") + word
print(frame, len(frame))
pos, words = 0, []
while pos < len(frame):
    n = int.from_bytes(frame[pos:pos + 2], "big")
    words.append(frame[pos + 2:pos + 2 + n].decode())
    pos += 2 + n
print(words)


async def producer(out, q):
    for i in range(3):
        out.extend(b"%d;" % i if False else str(i).encode() + b";")
        await q.put(len(out))
    await q.put(None)


async def consumer(src, q):
    seen = []
    while (n := await q.get()) is not None:
        seen.append(bytes(src[:n]))
    return seen


async def main():
    shared, q = bytearray(), asyncio.Queue()
    results = await asyncio.gather(producer(shared, q), consumer(shared, q))
    print(results[1], shared)
    shared[0:0] = b">"
    del shared[-1]
    print(shared, shared.count(b";"), shared.split(b";"))


asyncio.run(main())
