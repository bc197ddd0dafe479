# A name reused for unrelated values (objects, then strs; a list, then a str) is split
# into one variable per region between unconditional reassignments.

class Shape:
    def __init__(self, name):
        self.name = name


shapes = [Shape("sq"), Shape("tri")]
for x in shapes:
    print(x.name)
for x in ["a", "b"]:
    print(x.upper())
result = [1, 2, 3]
print(sum(result))
result = "done"
print(result.upper())
total = 0
for x in [1.5, 2.5]:
    total += x
print(total, x)


def main():
    item = {"k": 1}
    print(item["k"])
    item = Shape("circle")
    print(item.name)
    for item in range(3):
        pass
    print(item)
    n = 5
    for n in []:
        pass
    print(n)


main()
try:
    int("x")
except ValueError as e:
    print("bad", e)
for e in shapes:
    print(e.name)
