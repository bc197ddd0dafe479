# Floor division and modulo on floats follow the same rules as ints.

def show(a, b):
    print(a, b, a // b, a % b)


show(7.5, 2.0)
show(-7.5, 2.0)
show(7.5, -2.0)
show(-7.5, -2.0)
show(7.0, 2.5)
show(0.0, 3.0)
show(-0.0, 3.0)
show(1.0, 0.1)
show(5.5, 0.5)
show(1e20, 3.0)
show(-3.0, 7.0)
show(3.0, -7.0)

angle = 725.5
print("normalized angle", angle % 360)
angle = -30.25
print("normalized angle", angle % 360)

print(7 // 2.5, 7 % 2.5, -7.5 // 2, -7.5 % 2)
t = 12345.678
print("whole", t // 1, "fraction", t % 1)
