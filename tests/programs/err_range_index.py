# exit: 1
# stderr: IndexError: range object index out of range
r = range(3)
print(r[3])
