# reversed() over a *args tuple (and tuple(...) values): compose(f, g)(x) == f(g(x)).
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x

    return run


print(compose(lambda v: v + 1, lambda v: v * 2)(5), compose()(7))
t = tuple([1, 2, 3])
print(list(reversed(t)), [c for c in reversed(tuple("abc"))])
