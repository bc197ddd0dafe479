# Recursive generators using yield from (countdown trees, binary strings, hanoi)
def walk(n, depth):
    yield f"{'  ' * depth}node {n}"
    if n > 1:
        yield from walk(n - 1, depth + 1)
        yield from walk(n - 2, depth + 1)


def binary_strings(n, prefix):
    if n == 0:
        yield prefix
        return
    yield from binary_strings(n - 1, prefix + "0")
    yield from binary_strings(n - 1, prefix + "1")


def hanoi(n, src, dst, via):
    if n == 0:
        return
    yield from hanoi(n - 1, src, via, dst)
    yield (n, src, dst)
    yield from hanoi(n - 1, via, dst, src)


def partitions(n, largest):
    # number partitions of n with parts <= largest, as strings
    if n == 0:
        yield ""
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield (str(k) + "+" + rest) if rest else str(k)


for line in walk(4, 0):
    print(line)
print("walk(6) size:", sum(1 for _ in walk(6, 0)))

print("binary 3:", list(binary_strings(3, "")))
print("count binary 8:", len(list(binary_strings(8, ""))))

for disk, a, b in hanoi(3, "A", "C", "B"):
    print(f"move disk {disk} {a} -> {b}")
print("hanoi(10) moves:", sum(1 for _ in hanoi(10, "L", "R", "M")))

print("partitions of 5:", list(partitions(5, 5)))
print("p(12):", len(list(partitions(12, 12))))
