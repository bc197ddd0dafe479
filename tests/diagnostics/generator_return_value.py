# error: unsupported-syntax
# line: 6
def first_even(xs):
    for x in xs:
        yield x
    return 0


print(list(first_even([1, 2])))
