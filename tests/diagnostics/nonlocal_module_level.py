# error: syntax-error
# line: 3
nonlocal x
x = 1
print(x)
