# Calling a function kept in an attribute (a callback, a strategy): obj.f(args).
class Machine:
    def __init__(self, log, on_change=None):
        self.log = log
        self.state = "idle"
        self.on_change = on_change if on_change is not None else (lambda old, new: None)

    def fire(self, ev):
        old = self.state
        self.state = ev
        self.log("event " + ev)
        self.on_change(old, ev)


history = []


def show(msg):
    print(msg)


def remember(old, new):
    history.append(f"{old}->{new}")


m = Machine(show, remember)
m.fire("open")
m.fire("close")
quiet = Machine(lambda msg: None)
quiet.fire("x")
print(history, quiet.state)


class Sorter:
    def __init__(self, key):
        self.key = key

    def run(self, xs):
        return sorted(xs, key=lambda v: self.key(v))


print(Sorter(len).run(["ccc", "a", "bb"]), Sorter(lambda s: s[-1]).run(["ab", "ba"]))
log = []
log.append("list method")
print(log)
