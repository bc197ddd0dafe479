# The sign of a % b follows the divisor (floor semantics).

def show(a, b):
    print(a, "%", b, "=", a % b)


show(7, 3)
show(-7, 3)
show(7, -3)
show(-7, -3)
show(0, 4)
show(12, 4)
show(-12, 4)
show(5, 100)
show(-5, 100)
show(1, 1)
show(9223372036854775807, 1000)

# clock arithmetic
hour = 22
for step in range(0, 30, 7):
    print("in", step, "hours it is", (hour + step) % 24, "o'clock")

# walking backwards round a ring of 5
pos = 0
for i in range(8):
    pos = (pos - 3) % 5
    print(pos, end=" ")
print()

# identity a == (a // b) * b + a % b
ok = True
for a in range(-20, 21):
    for b in range(-6, 7):
        if b != 0:
            if (a // b) * b + a % b != a:
                ok = False
print("identity holds:", ok)
