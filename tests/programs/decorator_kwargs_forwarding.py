# Keyword arguments forwarded through **kwargs (decorator wrappers), and **d / *t in calls,
# with CPython's TypeErrors for unexpected, repeated and missing arguments.

def log(func):
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@log
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


@log
def area(w, h):
    return w * h


@log
def tagged(label, **attrs):
    return label + str(sorted(attrs.items()))


print(greet("Bob"))
print(greet("Ann", greeting="Hi"))
print(greet(name="Cy", punct="?"))
print(area(2, h=5), area(w=3, h=4))
print(tagged("x", a="1", b="2"))
try:
    greet("Dan", colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("Eve", name="Eve")
except TypeError as e:
    print("TypeError:", e)
try:
    greet(greeting="Yo")
except TypeError as e:
    print("TypeError:", e)
opts = {"greeting": "Hey"}
print(greet("Fay", **opts))


def point(x, y=0, *, z=0):
    return (x, y, z)


coords = {"y": 2, "z": 3}
print(point(1, **coords), point(**{"x": 5}))
args = (7, 8)
print(point(*args), point(*args, z=9))
nums = [1, 2]
print(point(*nums))
