# Dataclass fields with default_factory take their place among the __init__ parameters
# (a fresh value per instance); frozen dataclasses refuse assignment outside __init__.
from dataclasses import dataclass, field


@dataclass
class Task:
    name: str
    deps: list = field(default_factory=list)
    done: bool = False
    meta: dict = field(default_factory=dict)


a = Task("build")
b = Task("test", ["build"])
c = Task("ship", ["test"], True, {"owner": "ann"})
a.deps.append("fetch")
print(a)
print(b)
print(c)
print(Task("x").deps, Task("y").deps is Task("y").deps)  # [] False


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print("frozen:", type(e).__name__, e)
print(p, p.x, {p: "here"}[Point(1, 2)])
