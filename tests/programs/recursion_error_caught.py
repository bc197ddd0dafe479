# Recursion beyond the limit raises RecursionError, which try/except catches like any
# other exception; recursion within the limit works.
def forever(n):
    return forever(n + 1) + 1


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1) * 2


class Walker:
    def __init__(self):
        self.steps = 0

    def walk(self):
        self.steps += 1
        return self.walk()


def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
    print(repr(e))

print(depth(0) > 500)

try:
    ping(0)
except RuntimeError as e:
    print("mutual recursion:", e)

w = Walker()
try:
    w.walk()
except RecursionError:
    print("method recursion stopped after many steps:", w.steps > 500)

# The program goes on normally after recovering, again and again.
total = 0
for i in range(3):
    try:
        forever(i)
    except RecursionError:
        total += 1
print("recovered", total, "times")
print(count_down(900))


def outer():
    def inner(k):
        return inner(k + 1)
    try:
        inner(0)
    except RecursionError as e:
        return "closure: " + str(e)
    return "not reached"


print(outer())
