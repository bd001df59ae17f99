class StoreError(Exception):
    pass


class OutOfStock(StoreError):
    def __init__(self, name, wanted):
        super().__init__(f"only {wanted} of {name} wanted, not enough left")
        self.name = name
