# str() of every value type and round trips through int() / float().

print(str(42), str(-7), str(0))
print(str(3.5), str(1e20), str(1e-10), str(-0.0))
print(str(True), str(False), str(None))
print(str("already a string"))
print(str(10 // 3) + str(10 % 3))
print(len(str(2 ** 40)))


def describe(n):
    return "The number " + str(n) + " has " + str(len(str(n))) + " digits"


print(describe(7))
print(describe(123456789))
print(describe(-50))
x = 0.1 + 0.2
print("x = " + str(x))
print(float(str(x)) == x)
print(int(str(987654321)) + 1)
print(str(1/3))
line = ""
for i in range(1, 6):
    line = line + str(i * i) + " "
print(line)
