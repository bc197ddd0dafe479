# exit: 1
# stderr: KeyError: 'pop from an empty set'
s = set()
s.add(1)
s.pop()
s.pop()
