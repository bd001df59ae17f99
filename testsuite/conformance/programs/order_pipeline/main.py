# An order-processing pipeline in four files, as real code splits it: models.py (dataclasses, enums, typing),
# stages.py (asyncio stages joined by queues inside a TaskGroup, logging to stderr), reports.py (JSON and text
# summaries). The second batch holds an order that breaks a stage: the TaskGroup's ExceptionGroup goes uncaught
import asyncio
import json
import logging

import reports
from models import InvalidOrder, Order
from stages import Pipeline

ORDERS = """[
  {"id": 1, "customer": "ann", "items": [["pen", 2, 1.5], ["pad", 1, 4.0]]},
  {"id": 2, "customer": "bob", "items": [["ink", 3, 2.25]], "express": true},
  {"id": 3, "customer": "cy", "items": []},
  {"id": 4, "customer": "dee", "items": [["pen", 10, 1.5]]}
]"""

POISONED = """[
  {"id": 5, "customer": "eve", "items": [["pen", 1, 1.5]]},
  {"id": 6, "customer": "fay", "items": [["gift card", 1, 0]]}
]"""


def parse(text):
    orders = []
    for raw in json.loads(text):
        try:
            orders.append(Order.from_json(raw))
        except InvalidOrder as e:
            logging.getLogger("main").warning("skipping order %s: %s", raw["id"], e)
    return orders


async def main():
    done = await Pipeline().process(parse(ORDERS))
    print(reports.table(done))
    print(reports.as_json(done))
    print("second batch")
    await Pipeline().process(parse(POISONED))


logging.basicConfig(level=logging.INFO)
asyncio.run(main())
