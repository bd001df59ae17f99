print("counter: top-level code runs")
loads = 1
