import gamma

print(gamma.G)
