# error: syntax-error
# line: 5
def outer():
    def inner():
        nonlocal total
        total = 1
    inner()


outer()
