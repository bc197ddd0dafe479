# exit: 1
# stderr: TypeError: slice indices must be integers or None or have an __index__ method
def m(k):
    if k:
        return 2
    return 1.5
s = "hello"
v = m(0)
print(s[v:])
