# round() with and without ndigits; halves round to even.

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.4), round(2.6), round(-2.6), round(-0.4))
print(round(3.14159, 2), round(3.14159, 4), round(3.14159, 0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250.0, -2), round(-1.5, 0))
print(round(7), round(-7))
print(round(1e20, 2))
print(round(0.1 + 0.2, 10))
print(round(123.456, 1))


def money(x):
    return round(x, 2)


subtotal = 0.0
for i in range(1, 8):
    subtotal += i * 1.15
    print(i, money(subtotal))
tax = subtotal * 0.0825
print("tax", money(tax), "total", money(subtotal + tax))
