# A class whose methods take *args and share their names with built-in methods (add,
# append, join): calls on lists, sets and strs still call the built-in ones.
class Graph:
    def __init__(self):
        self.edges = []

    def add(self, node, *deps):
        for d in deps:
            self.edges.append((d, node))
        return len(deps)

    def append(self, *items):
        print("graph append", items)

    def join(self, *parts, sep="-"):
        return sep.join(parts)


g = Graph()
print(g.add("b", "a"), g.add("c", "a", "b"), g.edges)
g.append(1, 2)
seen = set()
seen.add("x")
xs = [0]
xs.append(5)
print(sorted(seen), xs, "-".join(["x", "y"]), g.join("p", "q"), g.join("p", sep="+"))
