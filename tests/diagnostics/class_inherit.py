# error: unsupported-syntax
# line: 3
class A(int):
    pass
