# error: unsupported-syntax
# line: 4
class A:
    @staticmethod
    def f(x):
        return x
