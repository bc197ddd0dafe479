# error: unsupported-syntax
# line: 7
class A:
    def __init__(self):
        self._x = 0

    @x.setter
    def x(self, v):
        self._x = v
