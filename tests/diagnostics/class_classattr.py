# error: unsupported-syntax
# line: 4
class A:
    limit = 3

    def f(self):
        return 1
