# Priority task scheduler with dependencies, dataclass(order=True), generators and topological ordering
from dataclasses import dataclass, field

@dataclass(order=True)
class Task:
    priority: int
    name: str
    deps: list = field(default_factory=list)
    done: bool = False

class CycleError(Exception):
    pass

class Scheduler:
    def __init__(self):
        self.tasks = {}

    def add(self, name, priority, deps):
        self.tasks[name] = Task(priority, name, list(deps))

    def ready(self):
        for t in sorted(self.tasks.values()):
            if not t.done and all(self.tasks[d].done for d in t.deps):
                yield t

    def run(self):
        order = []
        while True:
            t = next(self.ready(), None)
            if t is None:
                break
            t.done = True
            order.append(t.name)
        left = [t.name for t in self.tasks.values() if not t.done]
        if left:
            raise CycleError("stuck: " + ", ".join(left))
        return order

s = Scheduler()
s.add("compile", 2, ["fetch"])
s.add("fetch", 5, [])
s.add("test", 1, ["compile"])
s.add("lint", 3, ["fetch"])
s.add("docs", 9, [])
s.add("package", 1, ["test", "lint"])
print("initially ready:", [t.name for t in s.ready()])
print("order:", " -> ".join(s.run()))

c = Scheduler()
c.add("a", 1, ["b"])
c.add("b", 1, ["c"])
c.add("c", 1, ["a"])
c.add("d", 4, [])
try:
    c.run()
except CycleError as e:
    print("cycle detected:", e)
print(sum(1 for t in c.tasks.values() if t.done), "of", len(c.tasks), "done")

def batches(sched):
    for t in sched.tasks.values():
        t.done = False
    level = 0
    while True:
        batch = [t for t in sched.ready()]
        if not batch:
            return
        for t in batch:
            t.done = True
        level += 1
        yield level, [t.name for t in batch]

for lvl, names in batches(s):
    print(f"level {lvl}: {names}")
print(Task(1, "x") < Task(1, "y"), Task(2, "a") > Task(1, "z"))
