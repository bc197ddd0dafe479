# error: unsupported-syntax
# line: 3
def f(**options):
    return len(options)
