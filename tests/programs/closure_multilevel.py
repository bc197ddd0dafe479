# Free variables through several levels of nesting.
def outer(a):
    b = a * 2

    def middle(c):
        def inner(d):
            return a + b + c + d
        return inner(c * 10)

    return middle(1) + middle(2)


print(outer(1))


def accumulate():
    total = 0

    def add_all(xs):
        def add(x):
            nonlocal total
            total += x
        for x in xs:
            add(x)
        return total

    add_all([1, 2, 3])
    return add_all([10])


print(accumulate())


def make_greeters(names):
    prefix = "Hi"
    return {n: (lambda: prefix + ", " + n) for n in names}


g = make_greeters(["ann", "bob"])
print(g["ann"](), g["bob"]())
