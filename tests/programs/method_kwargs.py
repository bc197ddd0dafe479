# **kwargs parameters of methods and __init__: the keywords no parameter takes, in a
# dict in the order written.
class Node:
    def __init__(self, name, **attrs):
        self.name = name
        self.attrs = attrs

    def update(self, **changes):
        for k, v in changes.items():
            self.attrs[k] = v
        return len(changes)

    def describe(self, prefix, **fmt):
        sep = fmt.get("sep", ", ")
        parts = [f"{k}={v}" for k, v in sorted(self.attrs.items())]
        return prefix + self.name + ": " + sep.join(parts)


n = Node("a", color="red", size="3")
print(n.attrs, n.update(size="4", shape="box"), n.update())
print(n.describe("> "), "|", n.describe("# ", sep=" / "))
plain = Node("b")
print(plain.attrs, plain.describe("- "))


class A:
    def f(self, **options):
        return len(options)


print(A().f(a=1), A().f())
