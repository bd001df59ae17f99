from beta import B

A = 1
