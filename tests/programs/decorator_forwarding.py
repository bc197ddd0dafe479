# Decorators whose wrapper forwards *args and **kwargs to the wrapped function.


def log(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, "with", args)
        result = func(*args, **kwargs)
        print(func.__name__, "returned", result)
        return result
    return wrapper


def count_calls(func):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {func.__name__}")
        return func(*args)
    return wrapper


@log
def add(a, b):
    return a + b


@log
def greet(name, greeting="Hello"):
    return greeting + ", " + name


@count_calls
def total(*nums):
    return sum(nums)


@log
@count_calls
def scale(x, factor=2.0):
    return x * factor


print(add(2, 3))
print(add("a", "b"))
print(greet("Bob"))
print(total(1, 2, 3))
print(total())
print(scale(1.5))
print(scale(1.5, 4.0))


# Forwarding to a function value with keywords and a tuple unpacked into parameters.
def apply(f, args):
    return f(*args)


def power(base, exp):
    return base ** exp


print(apply(power, (2, 10)))
print(apply(power, (3, 3)))


def call_kw(f):
    return f(1, exp=3) + f(base=2, exp=2)


print(call_kw(power))


def collect(*items, **options):
    return len(items), options


show = collect
print(show(1, 2, 3, sep=", ", end="!"))
print(show())


def outer():
    def inner(a, *rest, flag=False, **extra):
        print(a, rest, flag, extra)

    inner(1)
    inner(1, 2, 3, flag=True)
    inner("x", colour="red", size="L")


outer()
