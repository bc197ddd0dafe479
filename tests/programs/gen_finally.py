# Generators with try/finally (finally runs on normal exhaustion) and early return
def guarded(name, values):
    print(f"[{name}] open")
    try:
        for v in values:
            yield v
    finally:
        print(f"[{name}] closed")


def until_sentinel(values, sentinel):
    for v in values:
        if v == sentinel:
            print(f"  sentinel {sentinel} hit, stopping")
            return
        yield v


def positive_prefix(values):
    for v in values:
        if v <= 0:
            return
        yield v
    print("  whole list was positive")


print("loop over guarded:")
for x in guarded("A", [1, 2, 3]):
    print("  value", x)
print("after loop")

print("list of guarded:", list(guarded("B", [7, 8])))
print("sum of guarded empty:", sum(guarded("C", [])))

g = guarded("D", [5])
print("first:", next(g))
print("second:", next(g, -1))
print("after D")

print("until 0:", list(until_sentinel([4, 5, 0, 6, 7], 0)))
print("no sentinel:", list(until_sentinel([1, 2], 9)))
print("prefix:", list(positive_prefix([3, 1, -2, 5])))
print("prefix full:", list(positive_prefix([3, 1, 5])))


def nested_guard(values):
    try:
        print("  outer start")
        for v in guarded("inner", values):
            yield v * 2
        print("  outer end")
    finally:
        print("  outer finally")


print("nested:", list(nested_guard([1, 2])))
total = 0
for v in nested_guard([10]):
    total += v
print("nested total:", total)
