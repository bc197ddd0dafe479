# repr of floats whose two shortest forms are equally close: ties go to even, as CPython.
xs = (1000000000000000.25, 0.1, 1e22, 5e-324, 1.7976931348623157e308, 2.5, 0.3, 1/3, 123456789.125, 9007199254740993.0)
for x in xs:
    print(x, repr(-x))
t = 0
for i in range(20000):
    x = 1e15 + i * 0.1
    t += len(repr(x))
    if i % 2000 == 0:
        print(x)
print(t)
import math
seed = 12345
bad = 0
for i in range(20000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    m = seed / 2147483648.0 + seed / 4611686018427387904.0
    e = (seed % 600) - 300
    x = m * 10.0 ** (e // 3)
    print(x) if i % 1000 == 0 else None
