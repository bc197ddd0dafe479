# A decorator copies the wrapped function's name onto its wrapper
# (wrapper.__name__ = fn.__name__), as functools.wraps does for __name__.
calls = {}


def counted(fn):
    def wrapper(*args):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*args)

    wrapper.__name__ = fn.__name__
    return wrapper


@counted
def inc(x):
    return x + 1


@counted
def double(x):
    return 2 * x


print(inc(2), inc(3), double(4), inc.__name__, double.__name__)
print(sorted(calls.items()), inc.__qualname__)


def plain():
    return 0


plain.__name__ = "renamed"
print(plain.__name__, plain())
names = [f.__name__ for f in [inc, double, plain]]
print(names)
