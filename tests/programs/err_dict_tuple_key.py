# exit: 1
# stderr: KeyError: (2, 1)
d = {(1, 2): "x"}
print(d[(2, 1)])
