s = {5, 3, 17, 1000, -1}
print(s, len(s), 3 in s, 4 not in s)
s.add(8)
s.add(3)
s.discard(5)
s.discard(99)
s.remove(17)
print(s, sorted(s), set(), bool(set()))
print(set([3, 1, 3, 2]), set("hello") == {"h", "e", "l", "o"}, {x % 4 for x in range(20)})
for x in {30, 10, 20}:
    print(x)
big = set(range(100, 0, -7))
print(big, len(big))
print({(1, 2), (0, 0), (1, 2)}, {1.5, 2.0, 2})
p = {7, 9}
print(p.pop(), p)
