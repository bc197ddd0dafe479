# abs/+/- of a variable that held an int and now holds a bool give ints.
x = 7
x = True
print(abs(x))
print(+x, -x)
