# exit: 1
# stderr: IndexError: tuple index out of range
t = (1, 2, 3)
i = 3
print(t[i])
