# Floor division rounds toward negative infinity, unlike C.

def show(a, b):
    print(a, "//", b, "=", a // b)


show(7, 2)
show(-7, 2)
show(7, -2)
show(-7, -2)
show(6, 3)
show(-6, 3)
show(0, 5)
show(1, 7)
show(-1, 7)
show(100, 9)
show(-100, 9)
show(9223372036854775807, 2)
show(-9223372036854775807, 10)

# seconds -> h:m:s
total = 98765
hours = total // 3600
minutes = total % 3600 // 60
seconds = total % 60
print(hours, minutes, seconds)

# count digits by repeated floor division
n = 1234567
digits = 0
while n > 0:
    n //= 10
    digits += 1
print("digits:", digits)

# average of a range rounded down
s = 0
count = 0
for i in range(-10, 4):
    s += i
    count += 1
print("sum", s, "count", count, "floor avg", s // count)
