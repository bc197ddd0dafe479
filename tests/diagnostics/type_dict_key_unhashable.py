# error: type-mismatch
# line: 4
d = {}
d[[1, 2]] = 3
