# Integer addition, subtraction, multiplication and operator precedence.

def area(width, height):
    return width * height


def perimeter(width, height):
    return 2 * (width + height)


a = 17
b = 5
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(a + b * 2)
print((a + b) * 2)
print(a - b - 3)
print(a - (b - 3))
print(2 + 3 * 4 - 6)
print(-(-a))
print(+a)
print(0 * a, a * 0, a - a)

for w in range(1, 4):
    for h in range(2, 5):
        print("rect", w, h, "area", area(w, h), "perimeter", perimeter(w, h))

big = 1000000007
print(big * 3 + 1)
print(123456789 * 1000)
print(-123456789 * -1000)
print(9 - 10 * 3 + 4 * 2 * 2 - 1)
