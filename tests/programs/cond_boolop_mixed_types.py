# In a condition only truth matters: `and`/`or`/`not` operands may have unrelated types.

class Stack:
    def __init__(self):
        self.items = []
        self.names = {}
    def __bool__(self):
        return len(self.items) > 0

s = Stack()
xs = [1, 2]
name = "bob"
if not s and xs:
    print("empty stack, xs")
while xs and name:
    xs.pop()
    print("pop", len(xs))
if not (s or xs):
    print("both empty")
print([n for n in range(5) if n % 2 and name])
assert xs or name, "no"
print("yes" if s.names or xs or name else "no")
v = xs or [9]
print(v, name and "x")
