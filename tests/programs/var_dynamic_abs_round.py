# abs() and round() of variables that hold values of several types.
values = (3, -2.5, True, -7, 2.5, 3.5, -0.5)
for v in values:
    x = 0
    x = v
    print(abs(x), round(x), abs(-x))
big = 0
big = -9007199254740993
print(abs(big), round(big))
