# @dataclass: generated __init__ (defaults, field(default_factory=...), __post_init__), __repr__,
# __eq__, order=True comparisons and sorting, frozen=True hashing, a dataclass subclass.
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)

@dataclass(order=True)
class Version:
    major: int
    minor: int

@dataclass(frozen=True)
class Key:
    a: str
    b: int

@dataclass(eq=False)
class Point3(Point):
    z: int = 5

p = Point(3, -4)
print(p, p.norm1(), p == Point(3, -4), p == Point(1), Point(2))
it = Item("pen", 1.5)
it.tags.append("office")
print(it, Item("cup", 2.0))
vs = [Version(2, 0), Version(1, 5), Version(1, 10)]
print(sorted(vs), max(vs), Version(1, 2) < Version(1, 3))
d = {Key("a", 1): "x"}
print(d[Key("a", 1)], Key("a", 1))
print(Point3(1, 2), Point3(1, 2, 3).z)
print([p.x for p in [Point(i) for i in range(3)]])
print(Point3(1, 2) == Point3(1, 2), Point3(1, 2, 3) == Point3(1, 2, 4))

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    owner: str = "nobody"

    def __post_init__(self):
        self.owner = self.owner.title()

    def add(self, name, n):
        self.items[name] = self.items.get(name, 0) + n

inv = Inventory(owner="ann lee")
inv.add("apple", 3)
inv.add("apple", 2)
print(inv, Inventory())
