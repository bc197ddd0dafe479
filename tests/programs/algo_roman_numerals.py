# Converting integers to Roman numerals and back.

def roman_digit(d, one, five, ten):
    if d == 9:
        return one + ten
    if d >= 5:
        return five + one * (d - 5)
    if d == 4:
        return one + five
    return one * d


def to_roman(n):
    return ("M" * (n // 1000)
            + roman_digit(n // 100 % 10, "C", "D", "M")
            + roman_digit(n // 10 % 10, "X", "L", "C")
            + roman_digit(n % 10, "I", "V", "X"))


def value(c):
    if c == "I":
        return 1
    if c == "V":
        return 5
    if c == "X":
        return 10
    if c == "L":
        return 50
    if c == "C":
        return 100
    if c == "D":
        return 500
    return 1000


def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = value(s[i])
        if i + 1 < len(s) and v < value(s[i + 1]):
            total -= v
        else:
            total += v
    return total


for n in range(1, 30, 4):
    print(n, to_roman(n))
print(to_roman(1994), to_roman(2024), to_roman(3999), to_roman(444))
ok = True
for n in range(1, 4000):
    if from_roman(to_roman(n)) != n:
        ok = False
print("round trip ok:", ok)
