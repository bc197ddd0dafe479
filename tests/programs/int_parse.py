# int() parses decimal strings: signs, whitespace, underscores.

print(int("42"))
print(int("-17"))
print(int("+8"))
print(int("  123  "))
print(int("0"))
print(int("-0"))
print(int("007"))
print(int("1_000_000"))
print(int("9223372036854775807"))
print(int("\t55\n"))


def parse_sum(a, b):
    return int(a) + int(b)


print(parse_sum("19", "23"))
text = "31415"
total = 0
for c in text:
    total += int(c)
print("digit sum of", text, "is", total)
print(int(str(12345)) == 12345)
