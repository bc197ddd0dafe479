# error: unsupported-syntax
# line: 8
def f(**options):
    return len(options)


print(f(a=1))
g = f
print(g())
