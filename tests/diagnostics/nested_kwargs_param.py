# error: unsupported-syntax
# line: 4
def outer():
    def inner(a, **kw):
        return a + len(kw)
    return inner(1)


print(outer())
