# print() of floats uses the shortest repr that round-trips.

print(0.1)
print(0.1 + 0.2)
print(1.0)
print(-1.5)
print(100.0)
print(1e15)
print(1e16)
print(123456789012345678.0)
print(1e22)
print(1.5e300)
print(1e-4)
print(1e-5)
print(0.0001234)
print(1.7976931348623157e308)
print(5e-324)
print(2.2250738585072014e-308)
print(-0.0)
print(0.0)
print(1 / 3)
print(2 / 3)
print(3.14159)
print(2.5e-7)
print(9007199254740993.0)
print(12345.678)
print(0.30000000000000004 == 0.1 + 0.2)
print(1e100)
print(123e-20)
print(4.35, 0.57, 1.1 * 1.1)

x = 1.0
for i in range(25):
    x *= 10.0
    print(x)
y = 1.0
for i in range(10):
    y /= 7.0
    print(y)
