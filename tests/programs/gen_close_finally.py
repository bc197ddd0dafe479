# A generator abandoned before its end is closed when its last reference goes: its
# `finally` runs (GeneratorExit at the paused yield), whether started or not.
def guarded(name, xs):
    print("start", name)
    try:
        for x in xs:
            yield x * 2
    finally:
        print("cleanup", name)


for v in guarded("full", [1, 2, 3]):
    print(v)
for v in guarded("early", [1, 2, 3]):
    if v == 4:
        break
    print(v)
print("after break")

g = guarded("replaced", [5, 6])
print(next(g))  # 10
g = guarded("never started", [7])
print("rebound")
g = guarded("last", [])
print(list(g))


def nested():
    try:
        try:
            yield 1
            yield 2
        finally:
            print("inner finally")
    finally:
        print("outer finally")


def take_one():
    for x in nested():
        return x
    return -1


print(take_one())


def swallow():
    try:
        yield 1
    except Exception:
        print("not reached: GeneratorExit is not an Exception")
    finally:
        print("closing")


for y in swallow():
    print("y", y)
    break
print("done")
