# exit: 1
# stderr: KeyError: 'pear'
def lookup(d, k):
    return d[k]


prices = {"apple": 1.5}
print(lookup(prices, "apple"))
print(lookup(prices, "pear"))
