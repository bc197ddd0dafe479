# error: syntax-error
# line: 5
x = 3

if x > 1
    print("big")
