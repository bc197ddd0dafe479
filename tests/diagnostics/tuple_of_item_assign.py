# error: type-mismatch
# line: 5
# A tuple built at run time is still immutable.
t = tuple([1, 2])
t[0] = 5
