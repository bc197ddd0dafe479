# exit: 1
# stderr: ValueError: bad item 3
# A generator raising ValueError midway through a for loop, left uncaught (exit 1)
def items(values):
    for i, v in enumerate(values):
        if v < 0:
            raise ValueError(f"bad item {i}")
        yield v * 10


def checked(values):
    total = 0
    for x in items(values):
        total += x
        print("got", x, "running total", total)
    return total


print("clean run:", checked([1, 2, 3]))
print("caught run:")
try:
    checked([5, -1, 6])
except ValueError as e:
    print("caught:", e)

data = [4, 3, 2, -7, 1]
print("starting uncaught run")
seen = []
for x in items(data):
    seen.append(x)
    print("processing", x, "seen", len(seen))
print("this line is never printed")
