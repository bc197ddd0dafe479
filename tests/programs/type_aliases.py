# Module-level type aliases used in annotations.
Graph = dict[str, list[str]]
Path = list[str]
MaybeInt = int | None


def neighbours(g: Graph, node: str) -> Path:
    return sorted(g.get(node, []))


def bfs(g: Graph, start: str) -> Path:
    seen: set[str] = {start}
    order: Path = [start]
    i = 0
    while i < len(order):
        for n in neighbours(g, order[i]):
            if n not in seen:
                seen.add(n)
                order.append(n)
        i += 1
    return order


def first_even(xs: list[int]) -> MaybeInt:
    for x in xs:
        if x % 2 == 0:
            return x
    return None


g: Graph = {"a": ["c", "b"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
print(bfs(g, "a"), bfs(g, "d"))
print(first_even([3, 5, 8, 10]), first_even([1, 3]))
