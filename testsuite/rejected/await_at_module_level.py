import asyncio

print("start")
await asyncio.sleep(0)
print("end")
