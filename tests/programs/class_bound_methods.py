# Bound methods as values (obj.method: the object is bound when the attribute is read)
# and methods read through the class (C.method: called with the instance first).


class Counter:
    def __init__(self, name, step):
        self.name = name
        self.step = step
        self.value = 0

    def increment(self):
        self.value += self.step
        return self.value

    def add(self, n):
        self.value += n
        return self.value

    def report(self):
        return f"{self.name}={self.value}"


class Loud(Counter):
    def report(self):
        return super().report().upper() + "!"


a = Counter("a", 1)
b = Loud("b", 10)
inc = a.increment
for _ in range(3):
    inc()
print(a.report(), b.report())

actions = [a.increment, b.increment, a.increment]
print([act() for act in actions])
reporters = [a.report, b.report]
print(" | ".join(r() for r in reporters))

ops = {"inc": a.increment, "add": a.increment}
adder = a.add
print(adder(5), adder(-2), ops["inc"]())

# the object is bound when the attribute is read, not when the method is called
handlers = []
for c in [Counter("x", 1), Counter("y", 2), Loud("z", 3)]:
    handlers.append(c.report)
    c.increment()
print([h() for h in handlers])

unbound = Counter.increment
print("unbound:", unbound(a), unbound(b), Counter.report(b), Loud.report(b))


class Button:
    def __init__(self, label):
        self.label = label
        self.callbacks = []

    def on_click(self, callback):
        self.callbacks.append(callback)

    def click(self):
        for cb in self.callbacks:
            cb(self.label)


class Log:
    def __init__(self):
        self.lines = []

    def record(self, what):
        self.lines.append("clicked " + what)


log = Log()
btn = Button("OK")
btn.on_click(log.record)
btn.on_click(log.record)
btn.click()
print(log.lines)
print(sorted([3, 1, 2], key=a.add), a.value)

# bound methods compare equal for the same method of the same object
print(a.report == a.report, a.report == b.report, a.report == a.increment, a.report != a.report)
subs = [log.record, btn.click]
subs.remove(log.record)
print(len(subs), log.record in subs, btn.click in subs)


def compare_in_function():
    log = Log()
    # (a string in the receiver's expression naming a variable changes nothing)
    print(log.record == Log().record, log.record == log.record, "log")


compare_in_function()
