# Slice bounds held in variables that may be None at run time mean "omitted".
def f(n):
    if n > 0:
        return n
    return None
s = "hello"
print(s[f(0):])
print(s[:f(-1)])
print(s[None:None:f(0)])
print(s[f(1):f(4)], s[f(0):f(3)], s[::f(2)], s[f(-5):f(9)])
