# int(s, base) for bases 2..36 and base 0 (prefix detection).

print(int("101", 2))
print(int("777", 8))
print(int("ff", 16))
print(int("FF", 16))
print(int("0xff", 16))
print(int("0b1010", 2))
print(int("0o17", 8))
print(int("z", 36))
print(int("Zz", 36))
print(int("-1010", 2))
print(int("  7f  ", 16))
print(int("0x10", 0))
print(int("0b11", 0))
print(int("0o10", 0))
print(int("99", 0))
print(int("1_0_1", 2))
print(int("7fffffffffffffff", 16))


def from_base(s, base):
    value = int(s, base)
    print(s, "in base", base, "is", value)
    return value


total = 0
for base in range(2, 17, 2):
    total += from_base("10", base)
print("total", total)
from_base("cafe", 16)
from_base("hello", 36)
