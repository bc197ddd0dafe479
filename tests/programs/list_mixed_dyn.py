values = [1, 2.5, "three", None, True]
print(values, len(values))
for v in values:
    print(repr(v), v)
values.append(4)
print(values[-1] + 1, values[1] * 2)
nums = [1, 2.0, 3]
print(sum(nums), max(nums), sorted(nums, reverse=True))
