# Literals, indexing (negative too), len, append, printing as CPython.
xs = [3, 1, 2]
print(xs, len(xs), xs[0], xs[-1], xs[-3])
xs.append(10)
print(xs)
empty = []
print(empty, len(empty), bool(empty), bool(xs))
print([1.5, 2.0, -0.0], [True, False], [None], ["a", "it's", 'say "hi"'])
print(str([1, 2]), repr(["x"]), f"{xs} and {[0.1]!r}")
nested = [[1, 2], [], [3]]
print(nested, nested[0][1], len(nested[1]))
