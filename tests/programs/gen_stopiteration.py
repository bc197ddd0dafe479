# next() on exhausted generators, with and without a default, and StopIteration
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def letters(s):
    for ch in s:
        yield ch


g = countdown(3)
print(next(g))
print(next(g))
print(next(g))
print("with default:", next(g, -1))
print("default again:", next(g, 0))

try:
    next(g)
    print("not reached")
except StopIteration:
    print("caught StopIteration")

empty = countdown(0)
print("empty with default:", next(empty, 99))

h = letters("ab")
out = []
while True:
    try:
        out.append(next(h))
    except StopIteration:
        out.append("<end>")
        break
print("collected:", out)

first_big = next((x for x in range(10) if x * x > 30), -1)
print("first square > 30 from:", first_big)
none_big = next((x for x in range(5) if x > 100), -1)
print("no match gives:", none_big)
print("first letter:", next(letters("xyz"), "?"))
print("empty string:", next(letters(""), "?"))


def safe_first(n):
    gen = countdown(n)
    try:
        return next(gen)
    except StopIteration:
        return 0


print("safe_first(5):", safe_first(5))
print("safe_first(0):", safe_first(0))

count = 0
c = countdown(4)
for v in c:
    count += v
print("sum via for:", count, "then next:", next(c, -1))
