from customers import Customer


class Order:
    pass
