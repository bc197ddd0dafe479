# error: syntax-error
# line: 3
x = 5 $ 3
print(x)
