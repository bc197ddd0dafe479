# exit: 1
# stderr: KeyError: 3
s = {1, 2}
s.remove(3)
