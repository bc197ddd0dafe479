# float() parses decimal, exponent and special strings.

print(float("3.5"))
print(float("-2"))
print(float("  1e3 "))
print(float("1E-3"))
print(float(".5"))
print(float("5."))
print(float("+0.25"))
print(float("inf"), float("-inf"), float("Infinity"), float("-INF"))
print(float("nan"))
print(float("1_000.5"))
print(float("0.1"))
print(float("123456789012345678901234567890"))
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float("-0"))
print(float("3.141592653589793238462643383279"))


def parse_price(text):
    return float(text) * 100


print(parse_price("19.99"))
print(parse_price("0.07"))
total = 0.0
number = ""
for c in "1.5 2.25 3.125 ":
    if c == " ":
        total += float(number)
        number = ""
    else:
        number += c
print("total", total)
