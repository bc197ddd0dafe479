# error: unsupported-syntax
# line: 18
class A:
    def __init__(self):
        self.v = 1


class B:
    def __init__(self):
        self.v = 2


class Box:
    def __init__(self):
        self.item = A()

    def swap(self):
        self.item = B()


Box().swap()
