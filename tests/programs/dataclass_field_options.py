# field(compare=False) leaves a field out of ==, ordering and hashing; field(repr=False)
# out of the repr.
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: int = field(default=0, compare=False, repr=False)


@dataclass
class Box:
    items: list[int] = field(default_factory=list)
    note: str = field(default="", repr=False)


a = Job(2, "build")
b = Job(1, "test", 3)
c = Job(2, "deploy")
print(sorted([a, b, c]), a == c, a < b, b < a)
print(Box(), Box([1, 2], "hidden") == Box([1, 2], "other"), Box([3]))
