# Containers whose elements have unrelated types hold them as objects: printed,
# compared, hashed and tested as CPython does.
# exit: 1
# stderr: TypeError: '<' not supported between instances of 'str' and 'int'
print([1, 'a', (2.5, None)])
mixed = [1, "two", [3, 4], (5, "six"), {"seven": 7}, {8}, None, 9.5, tuple([10])]
print(mixed, len(mixed))
for x in mixed:
    print(x, repr(x), str(x), f"{x}", f"[{x!r}]", bool(x))
print(mixed[2], mixed[-1], mixed[1:3])
print([1, [2]] == [1, [2]], [1, [2]] == [1, [3]], [1, [2]] != [1, (2,)])
record = {"name": "Bob", "langs": ["py", "rs"], "age": 30}
print(record, record["langs"], record["age"] == 30, "name" in record)
for k, v in record.items():
    print(k, v)
rows = []
rows.append(1)
rows.append([2])
rows.append("x")
print(rows, rows.count(1), rows.index("x"), [2] in rows, (2,) in rows)
empty = [[], (), {}, "", 0, None, [0]]
print([bool(e) for e in empty], [len(e) for e in [[1, 2], (1,), "abc", {1: 2}]])
keys = {(1, 2): "a", 3: "b"}
print(keys, keys[(1, 2)], keys[3])
s = {1, (1, 2), "a"}
print(len(s), (1, 2) in s)
print(sorted([[2], [1, 5], [1]]))
nested = [1, ["a", [2.5, None]]]
print(nested, nested[1])
db = {"alice": {"age": 30, "langs": ["py"]}}
print(db)
rows = []
rows.append([1, 2])
rows.append("three")
print(rows)
xs = [1, 2]
xs.append([3])
print(xs, xs[2] == [3], max([[1], [2, 0]]))
print(f"{xs[2]}|{xs[2]!r}|{xs[0]:>3}")
print(sorted([3, "a"]))
