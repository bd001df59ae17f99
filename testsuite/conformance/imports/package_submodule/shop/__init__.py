print("shop package initialised")
