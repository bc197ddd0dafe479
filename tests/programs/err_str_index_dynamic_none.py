# exit: 1
# stderr: TypeError: string indices must be integers, not 'NoneType'
def m(k):
    if k:
        return 2
    return None
s = "hello"
v = m(0)
print(s[v])
