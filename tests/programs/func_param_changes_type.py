# A parameter reassigned to a value of another type keeps CPython's behaviour.
def h(n):
    n = str(n)
    return n
print(h(42))

def m(x):
    x = x / 2
    return x
print(m(7))

def acc(x, total=0):
    total += x
    return total
print(acc(1.5))

def g(x=None):
    if x is None:
        x = 10
    return x + 1
print(g(True))

def k(a):
    if a:
        a = "truthy"
    return a
print(k(0), k(5), k(""), k("s"))

def clamp(v, lo=0, hi=10):
    if v < lo:
        v = lo
    if v > hi:
        v = hi
    return v
print(clamp(5), clamp(-1.5), clamp(20.5), clamp(3.5))

