# error: syntax-error
# line: 4
total = 0
    total += 1
print(total)
