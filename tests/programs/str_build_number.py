# Building strings from numbers: padding, base conversion, grouping.

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = DIGITS[n % base] + out
        n //= base
    return sign + out


def pad_left(s, width, fill):
    while len(s) < width:
        s = fill + s
    return s


def group_thousands(n):
    s = str(n)
    out = ""
    count = 0
    i = len(s) - 1
    while i >= 0:
        out = s[i] + out
        count += 1
        if count % 3 == 0 and i > 0:
            out = "," + out
        i -= 1
    return out


for n in range(0, 40, 7):
    print(n, to_base(n, 2), to_base(n, 8), to_base(n, 16), to_base(n, 36))
print(to_base(-255, 16), to_base(9223372036854775807, 36))
print(pad_left("42", 6, "0"), pad_left("abc", 2, "*"), pad_left("7", 4, " ") + "|")
print(group_thousands(1234567), group_thousands(100), group_thousands(1000), group_thousands(987654321012))
print(int(to_base(123456, 7), 7))
