# Exceptions and generators: an error raised inside a generator reaches its consumer
# (after the items before it); next() of an exhausted generator raises StopIteration;
# a generator that raised is finished. The last one is uncaught.
# exit: 1
# stderr: ValueError: bad item -3
def checked(xs):
    for x in xs:
        if x < 0:
            raise ValueError("bad item " + str(x))
        yield x


try:
    for v in checked([1, 2, -5, 4]):
        print("got", v)
except ValueError as e:
    print("caught", e)

g = checked([7])
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print(next(g, 0))

h = checked([-1, 2])
try:
    next(h)
except ValueError as e:
    print("first next:", e)
print(list(h))  # [] : it is finished


def consume(xs):
    n = 0
    for v in checked(xs):
        n += v
    return n


print(consume([1, 2]))
print(consume([3, -3]))
