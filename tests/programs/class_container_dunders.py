# Container-like and numeric methods: __len__, __getitem__, __contains__, __bool__, __neg__.
# exit: 1
# stderr: IndexError: list index out of range
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        return x in self.items


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0

    def __str__(self):
        return f"${self.cents / 100:.2f}"


s = Stack()
print(len(s), bool(s), "empty" if not s else "full")
for w in ["a", "b", "c"]:
    s.push(w)
print(len(s), s[0], s[-1], "b" in s, "z" in s, "z" not in s)
while s:
    print("popped", s.pop())
m = Money(250)
print(m, -m, bool(Money(0)), bool(m))
if Money(0):
    print("never")
print(s[5])
