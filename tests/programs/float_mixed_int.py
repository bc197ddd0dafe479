# Mixing ints and floats in comparisons and arithmetic.

print(1 == 1.0, 1 != 1.0, 2 > 1.5, 2 < 2.0001)
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 0.5, 3 // 0.5, 3 % 0.5)
print(0.5 + 3, 0.5 - 3, 0.5 * 3, 0.5 / 3)
print(10 * 1.0, 7 // 2.0, -7 // 2.0)
print(9007199254740992 == 9007199254740992.0)
print(9007199254740993 == 9007199254740992.0)
print(9007199254740993 > 9007199254740992.0)
print(2 ** 53 + 1.0)

steps = 0
position = 0
while position < 10:
    position += 0.75
    steps += 1
print(steps, position)

ints = 0
for i in range(1, 6):
    ints += i
half = ints / 2
print(ints, half, half * 2 == ints)
