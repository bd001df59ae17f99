# sorted, min, max, sum, abs, round and isinstance.
nums = [5, -2, 9, 0, 3]
print(sorted(nums), sorted(nums, reverse=True), nums)
print(sorted(["pear", "apple", "fig"]), sorted(["pear", "apple", "fig"], key=len))
print(min(nums), max(nums), min(4, 1, 8), max("abc"), sum(nums), sum([]), sum([0.5, 0.25]))
print(abs(-3), abs(2.5), abs(-0.0))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(1, (str, float)))
