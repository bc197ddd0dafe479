# exit: 1
# stderr: TypeError: 'str' object cannot be interpreted as an integer
def m(k):
    if k:
        return 2
    return "3"
v = m(0)
for i in range(v):
    print(i)
