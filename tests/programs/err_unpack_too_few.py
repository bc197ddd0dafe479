# exit: 1
# stderr: ValueError: not enough values to unpack (expected 2, got 1)
xs = "ab".split()
a, b = xs
