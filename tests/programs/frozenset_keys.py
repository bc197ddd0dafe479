fs = frozenset([3, 1, 2])
d = {fs: "abc", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()], fs, len(fs))
groups = {frozenset("ab"), frozenset("ba"), frozenset("c")}
print(len(groups), frozenset("ab") in groups)
print(fs | {4}, fs - {1}, sorted(fs), fs.issubset({1, 2, 3, 4}), fs.union([9]))
