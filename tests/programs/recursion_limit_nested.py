# The recursion limit counts every frame between the module and the recursion: functions
# that call into it, and functions it calls that call back into it. Recursive dunders run
# from containers (==, in, hash, printing) count too.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)


def chain(n):
    if n == 0:
        return 0
    x = chain(n - 1)
    return x + 1


def helper(n):
    # off the cycle, but it runs the recursion again
    return walk(n - 1) if n > 0 else 0


def leaf(n):
    return n * 2


def walk(n):
    if n == 0:
        return 0
    return helper(n) + leaf(1) - 1


def deepest(f, lo, hi):
    best = 0
    for n in range(lo, hi):
        try:
            f(n)
            best = n
        except RecursionError:
            pass
    return best


def level1():
    return deepest(depth, 985, 1005), deepest(count_down, 985, 1005), deepest(chain, 985, 1005)


def level2():
    return level1()


print(level1(), level2())
print(deepest(walk, 480, 520))


class Node:
    def __init__(self, value, kids):
        self.value = value
        self.kids = kids

    def height(self):
        h = 0
        for k in self.kids:
            x = k.height()
            if x > h:
                h = x
        return h + 1

    def __eq__(self, other):
        if self.value != other.value or len(self.kids) != len(other.kids):
            return False
        for a, b in zip(self.kids, other.kids):
            if not a == b:
                return False
        return True

    def __hash__(self):
        h = self.value
        for k in self.kids:
            h = h * 31 + hash(k)
        return h % 1000003

    def __repr__(self):
        if not self.kids:
            return f"N{self.value}"
        return f"N{self.value}{self.kids}"


def spine(n):
    t = Node(0, [])
    for i in range(1, n):
        t = Node(i, [t])
    return t


def spine_height(n):
    return spine(n).height()


print(deepest(spine_height, 985, 1005))
a = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
b = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
print(a == b, a in [Node(9, []), b], [a] == [b])
print(a, [a, b])
print(hash(a) == hash(b), len({a, b}))
s = spine(300)
print(s in [spine(300)], hash(s) == hash(spine(300)), spine(4))
try:
    print(spine(3000) in [spine(3000)])
except RecursionError as e:
    print("RecursionError through ==:", e)

sys.setrecursionlimit(300)
print(deepest(walk, 130, 160), deepest(spine_height, 280, 310))
