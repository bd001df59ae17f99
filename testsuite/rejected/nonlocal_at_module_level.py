import asyncio

nonlocal count
count = 0
