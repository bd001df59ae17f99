# JSON messages between asyncio tasks through a queue: encode, decode, a malformed message reported by the consumer
import asyncio
import json


async def producer(queue):
    messages = [{"op": "add", "args": [1, 2]}, {"op": "mul", "args": [3, 4.5]}, "not json", {"op": "stop"}]
    for message in messages:
        text = message if isinstance(message, str) else json.dumps(message, sort_keys=True)
        await queue.put(text)
        await asyncio.sleep(0)


async def consumer(queue, results):
    while True:
        text = await queue.get()
        try:
            message = json.loads(text)
        except json.JSONDecodeError as e:
            print("bad message:", repr(text), "-", e)
            continue
        print("got", message)
        if message["op"] == "stop":
            return
        a, b = message["args"]
        results[message["op"]] = a + b if message["op"] == "add" else a * b


async def main():
    queue = asyncio.Queue()
    results = {}
    await asyncio.gather(producer(queue), consumer(queue, results))
    print(json.dumps(results, indent=1))
    reply = await asyncio.create_task(encode_later({"done": True, "count": len(results)}))
    print(reply)


async def encode_later(obj):
    await asyncio.sleep(0.01)
    return json.dumps(obj)


asyncio.run(main())
