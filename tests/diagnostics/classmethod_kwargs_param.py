# error: unsupported-syntax
# line: 5
class A:
    @classmethod
    def make(cls, **options):
        return cls()


print(A.make(a=1))
