import json
from typing import Dict, List

from models import Order


def table(orders: List[Order]) -> str:
    rows = [f"{'id':>3} {'customer':<8} {'state':<8} {'total':>8}"]
    for o in sorted(orders):
        rows.append(f"{o.id:>3} {o.customer:<8} {o.state.name:<8} {o.total:>8.2f}")
    return "\n".join(rows)


def as_json(orders: List[Order]) -> str:
    summary: Dict[str, object] = {
        "count": len(orders),
        "revenue": round(sum(o.total for o in orders), 2),
        "orders": {str(o.id): [list(line) for line in o.lines] for o in sorted(orders)},
    }
    return json.dumps(summary)
