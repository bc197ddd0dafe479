# error: unsupported-syntax
# line: 4
# col: 1
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print("points")
