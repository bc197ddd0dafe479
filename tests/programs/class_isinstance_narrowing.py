# isinstance() narrows a variable to the subclass inside the branch it guards:
# subclass-only attributes and methods can be used there.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.radius = r

    def area(self):
        return 3.14159 * self.radius * self.radius


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.width = w
        self.height = h

    def area(self):
        return self.width * self.height

    def is_square(self):
        return self.width == self.height


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


shapes = [Circle(1.5), Rect(2, 3), Square(4), Shape("blob")]
for s in shapes:
    if isinstance(s, Circle):
        print(s.name, "radius", s.radius)
    elif isinstance(s, Square):
        print(s.name, "side", s.width, s.is_square())
    elif isinstance(s, Rect):
        print(s.name, s.width, "x", s.height, s.is_square())
    else:
        print(s.name, "has no dimensions")


def describe(s):
    # the narrowing holds in `and`, in conditional expressions and in nested blocks
    wide = isinstance(s, Rect) and s.width > 3
    label = f"r={s.radius}" if isinstance(s, Circle) else s.name
    if isinstance(s, Rect) and s.height >= 3:
        for i in range(2):
            if s.is_square():
                print("  square row", i, s.width)
    return label, wide


for s in shapes:
    print(describe(s))


def total_width(items):
    return sum(x.width for x in items if isinstance(x, Rect))


print(total_width(shapes))


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


class Tagged(Node):
    def __init__(self, value, tag):
        super().__init__(value)
        self.tag = tag


head = Node(1)
head.next = Tagged(2, "two")
head.next.next = Node(3)
node = head
while node is not None:
    if isinstance(node, Tagged):
        print(node.value, node.tag)
    else:
        print(node.value)
    node = node.next


# a rebinding inside the branch keeps the declared type (no narrowing there)
def last_circle(items):
    found = Shape("none")
    for s in items:
        if isinstance(s, Circle):
            found = s
    return found.name


print(last_circle(shapes))
