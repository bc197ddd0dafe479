# The `p=None` idiom for mutable defaults: a parameter that defaults to None and is
# replaced by a fresh list, dict or set first thing in the body.


def append_item(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_item(1))
print(append_item(2))
shared = [0]
print(append_item(3, shared), shared)
print(append_item(4, None))


def count_words(words, counts=None):
    """Counts words into `counts` (a new dict unless given)."""
    if counts is None:
        counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


c = count_words(["a", "b", "a"])
print(c)
print(count_words(["b", "c"], c))


graph = {1: [2, 3], 2: [4], 3: [4], 4: [1]}


def dfs(node, seen=None):
    if seen is None:
        seen = set()
    seen.add(node)
    order = [node]
    for nb in graph[node]:
        if nb not in seen:
            order.extend(dfs(nb, seen))
    return order


print(dfs(1))
print(dfs(3))


def fib(n, memo=None):
    if memo is None:
        memo = {}
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = r
    return r


print(fib(60))


class Basket:
    def __init__(self, owner, items=None, tags=None):
        if items is None:
            items = []
        if tags is None:
            tags = set()
        self.owner = owner
        self.items = items
        self.tags = tags

    def add(self, item):
        self.items.append(item)
        self.tags.add(item[0])


b1 = Basket("ann")
b2 = Basket("bob", ["pear"])
b1.add("apple")
b2.add("plum")
print(b1.owner, b1.items, sorted(b1.tags))
print(b2.owner, b2.items, sorted(b2.tags))


def merge(a, b=None, *, into=None):
    if into is None:
        into = []
    into.extend(a)
    if b is not None:
        into.extend(b)
    return into


print(merge([1, 2]))
print(merge([1], [2, 3]))
print(merge([5], into=[4]))


# The same with a conditional expression: the branch for None is the only one taken.
class Bag:
    def __init__(self, items=None):
        self.items = items if items is not None else []
        self.count = 0 if items is None else len(items)


print(Bag().items, Bag().count, Bag([1, 2]).items, Bag([1, 2]).count)
