print("shop.billing package initialised")
CURRENCY = "EUR"
