# error: unsupported-syntax
# line: 4
class A:
    @classmethod
    def make(cls):
        return cls()
