# Closures see the variable, not its value at creation: CPython's late binding.
fs = [lambda: i for i in range(4)]
print([f() for f in fs])  # [3, 3, 3, 3]


def loop_closures():
    out = []
    for k in range(3):
        def show():
            return k * 10
        out.append(show)
    k = 7
    return [g() for g in out]


print(loop_closures())  # [70, 70, 70]


def rebind():
    x = "before"
    get = lambda: x
    first = get()
    x = "after"
    return first, get()


print(rebind())
