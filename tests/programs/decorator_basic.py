# Decorators without and with arguments: wrappers, memoisation, registration.
def trace(func):
    def wrapper(x):
        print("calling", func.__name__, x)
        return func(x)
    return wrapper

@trace
def square(n):
    return n * n

print(square(4))

def memo(f):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))

def repeat(times):
    def deco(f):
        def run(x):
            out = []
            for _ in range(times):
                out.append(f(x))
            return out
        return run
    return deco

@repeat(3)
def shout(s):
    return s.upper()

print(shout("hi"))
print(square.__name__, fib.__qualname__)
registry = []
def register(f):
    registry.append(f)
    return f
@register
def a(): return 1
@register
def b(): return 2
print([g() for g in registry])
