nums = [1, 2, 3, 4, 5]
print(list(map(lambda n: n * n, nums)), list(filter(lambda n: n % 2, nums)))
print(list(map(str, nums)), sum(map(int, ["4", "5"])), list(map(len, ["ab", "c"])))
print(list(filter(None, [0, 1, "", "a", 2])), sorted(map(abs, [-3, 2, -1])))


def double(v):
    return v * 2


print(list(map(double, nums)), [x for x in map(double, nums) if x > 4])
for s in map(str.upper, ["x", "y"]):
    print(s)
