# with statements over classes with __enter__/__exit__: __exit__ runs on every way out
# (normally, return, break, an exception), and a true result suppresses the exception.


class Resource:
    opened = 0

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Resource.opened += 1
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened -= 1
        if exc_type is None:
            print("close", self.name)
            return False
        print("close", self.name, "after", repr(exc))
        return self.swallow


class Timer:
    def __enter__(self):
        print("start")

    def __exit__(self, a, b, c):
        print("stop")


with Resource("a") as r:
    print("using", r.name)

with Timer():
    print("timed work")

with Resource("b", swallow=True):
    raise KeyError("missing")
print("after swallowed error")

try:
    with Resource("c"):
        raise ValueError("bad")
except ValueError as e:
    print("propagated:", e)


def first_even(xs):
    with Resource("scan") as res:
        for x in xs:
            if x % 2 == 0:
                return x
    return -1


print(first_even([3, 5, 6, 7]), first_even([1]))

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break

with Resource("outer") as o, Resource("inner") as i2:
    print("both", o.name, i2.name)

print("still open:", Resource.opened)
