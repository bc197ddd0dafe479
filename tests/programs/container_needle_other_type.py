# Looking up a value of another type than the container's items (int-or-None, int in a
# float list): compared as ==, found or not as CPython.

def pick(xs):
    if not xs:
        return None
    return min(xs)

xs = [5, 2, 8]
t = pick(xs)
print(t in xs, xs.index(t), xs.count(t))
xs.remove(t)
print(xs)
d = {2: "two"}
t = pick([2])
print(d[t], t in d, d.get(t))

s = {5, 2, 8}
t = pick([2, 9])
print(t in s)
s.discard(t)
print(sorted(s))
s.add(2)
s.remove(t)
print(sorted(s))
d = {2: "two", 3: "three"}
print(d.get(t), d.pop(t), t in d, d)
u = pick([3])
del d[u]
print(d)
print([1, 2, 3].index(pick([3])), tuple([4, 5]).index(pick([5])))
f = [1.5, 2.0]
print(f.index(2), f.count(pick([2])))
