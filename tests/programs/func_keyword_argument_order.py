# Keyword arguments are evaluated in the order written.
def p(x):
    print("eval", x)
    return x
def g(a, b):
    return a - b
print(g(b=p(1), a=p(2)))
print(g(p(5), b=p(3)))
