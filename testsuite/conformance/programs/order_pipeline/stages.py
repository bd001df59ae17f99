import asyncio
import logging
from typing import List, Optional

from models import Order, State

log = logging.getLogger("stages")

BULK_DISCOUNT = 0.1
EXPRESS_FEE = 5.0


class Pipeline:
    def __init__(self) -> None:
        self.to_price: "asyncio.Queue[Optional[Order]]" = asyncio.Queue()
        self.to_ship: "asyncio.Queue[Optional[Order]]" = asyncio.Queue()
        self.shipped: List[Order] = []

    async def process(self, orders: List[Order]) -> List[Order]:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(self.price())
            tg.create_task(self.ship())
            for order in sorted(orders, reverse=True):
                await self.to_price.put(order)
            await self.to_price.put(None)
        return self.shipped

    async def price(self) -> None:
        while (order := await self.to_price.get()) is not None:
            subtotal = sum(line.total for line in order.lines)
            if any(line.unit_price <= 0 for line in order.lines):
                raise ArithmeticError(f"order {order.id}: a line has no price")
            if sum(line.quantity for line in order.lines) >= 10:
                subtotal *= 1 - BULK_DISCOUNT
                log.info("order %d: bulk discount", order.id)
            order.total = round(subtotal + (EXPRESS_FEE if order.express else 0), 2)
            order.state = State.PRICED
            await self.to_ship.put(order)
        await self.to_ship.put(None)

    async def ship(self) -> None:
        while (order := await self.to_ship.get()) is not None:
            await asyncio.sleep(0)
            order.state = State.SHIPPED
            log.info("order %d shipped to %s", order.id, order.customer)
            self.shipped.append(order)
