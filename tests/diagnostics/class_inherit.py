# error: unsupported-syntax
# line: 7
class A:
    pass


class B(A):
    pass
