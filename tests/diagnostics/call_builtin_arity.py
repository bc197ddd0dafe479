# error: call-error
# line: 3
print(abs(1, 2))
