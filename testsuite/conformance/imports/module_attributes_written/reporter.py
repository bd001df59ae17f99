import state


def report():
    return f"count={state.count} items={len(state.items)}"


def extra_of_state():
    return state.extra
