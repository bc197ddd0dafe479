# Nested loops: multiplication table and pattern printing.

for i in range(1, 10):
    row = ""
    for j in range(1, 10):
        row += f"{i * j:3}"
    print(row)

size = 5
for i in range(size):
    print(" " * (size - i - 1) + "*" * (2 * i + 1))
for i in range(size - 2, -1, -1):
    print(" " * (size - i - 1) + "*" * (2 * i + 1))

count = 0
for a in range(1, 7):
    for b in range(1, 7):
        if a + b == 7:
            count += 1
print("ways to roll 7 with two dice:", count)
