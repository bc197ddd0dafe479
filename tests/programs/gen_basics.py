# Generator functions: yield in loops, for over a generator, list/sum/sorted, next() with
# and without a default, infinite generators with an early break, printing a generator.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def words(s):
    for w in s.split():
        yield w.upper()


for x in count(3):
    print(x)  # 0 1 2
print(list(count(5)), sum(count(10)))  # [0, 1, 2, 3, 4] 45
print(sorted(words("pear apple fig")))  # ['APPLE', 'FIG', 'PEAR']
g = count(2)
print(next(g), next(g), next(g, -1), next(g, -2))  # 0 1 -1 -2


def naturals():
    n = 1
    while True:
        yield n
        n += 1


for k in naturals():
    if k > 4:
        break
    print("k", k)

printed = str(count(1))
print(printed.startswith("<generator object count at 0x"), printed.endswith(">"))  # True True


def empty():
    return
    yield 0


print(list(empty()), sum(empty()))  # [] 0


def letters():
    yield "a"
    yield
    yield "c"


print(list(letters()))  # ['a', None, 'c']
