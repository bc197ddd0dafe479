# Ordering elements of unrelated types raises CPython's TypeError at run time.
# exit: 1
# stderr: TypeError: '<' not supported between instances of 'str' and 'list'
items = [[1], "a", 2]
print(sorted(items[:2]))
