# None as a value, the implicit return value of functions.

def greet(name):
    print("hello", name)


result = greet("world")
print(result)
print(None)
print(str(None) + "!")
x = None
print(x is None, x is not None)
if x is None:
    print("x is None")
if not x:
    print("None is falsy")


def log(message, prefix="log:"):
    print(prefix, message)
    return


print(log("started"))
value = None
print("value:", value)
print(f"{value}")
