# error: unsupported-syntax
# line: 4
# col: 10
prices = {"apple": 1.5, "pear": 2.0}
print(prices)
