# error: call-error
# line: 9
class Opt:
    def __init__(self, a, *, b, c=3):
        self.total = a + b + c


print(Opt(1, b=2).total)
print(Opt(1).total)
