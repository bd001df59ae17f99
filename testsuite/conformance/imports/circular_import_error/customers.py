from orders import Order


class Customer:
    pass
