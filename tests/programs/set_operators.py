a = {1, 2, 3, 8}
b = {2, 3, 4, 16}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {2, 3} < a, a >= {1}, a > a, a == {8, 3, 2, 1}, a != b)
print(a.union([9, 33]), a.intersection([3, 1, 7]), a.difference([1]), a.symmetric_difference([1, 99]))
print(a.issubset(list(range(10))), a.issuperset({1, 2}), a.isdisjoint({100}))
c = a.copy()
c |= {50}
c -= {1}
c &= {2, 3, 50, 8}
c ^= {8, 64}
print(c, a)
c.update([7, 7, 6])
c.difference_update([2])
c.symmetric_difference_update({6, 0})
print(c)
f = frozenset([3, 1, 2])
print(f, frozenset(), f | {9}, {9} | f, f & {1}, 2 in f, f == {1, 2, 3})
c.clear()
print(c)
