# exit: 1
# stderr: TypeError: bad operand type for abs(): 'str'
x = 1
print(abs(x))
x = "s"
print(abs(x))
