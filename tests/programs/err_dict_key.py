# exit: 1
# stderr: KeyError: 'b'
d = {"a": 1}
print(d["a"])
print(d["b"])
