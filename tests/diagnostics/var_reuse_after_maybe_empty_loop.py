# error: type-mismatch
# line: 12
class Shape:
    def __init__(self, name):
        self.name = name


def show(shapes, names):
    for x in shapes:
        print(x.name)
    # names may be empty: after the loop x may still be a Shape
    for x in names:
        print(x)
    return x.upper()


print(show([Shape("a")], ["b"]))
