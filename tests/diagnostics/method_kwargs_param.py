# error: unsupported-syntax
# line: 4
class A:
    def f(self, **options):
        return len(options)


print(A().f(a=1))
