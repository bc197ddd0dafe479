# Sorting tuples whose later members cannot be ordered (lists of functions): the first
# members decide; a tie reaching the unorderable ones raises CPython's TypeError.

def a():
    return 1
def b():
    return 2
handlers = {"save": [a], "load": [b, a]}
for name, fs in sorted(handlers.items()):
    print(name, [f() for f in fs])
pairs = [(2, [a]), (1, [b])]
print([p[0] for p in sorted(pairs)])
pairs.append((1, [a]))
try:
    sorted(pairs)
except TypeError as e:
    print("TypeError:", e)
