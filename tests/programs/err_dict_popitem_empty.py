# exit: 1
# stderr: KeyError: 'popitem(): dictionary is empty'
d = {1: 2}
d.popitem()
d.popitem()
