# An expression tree: a class hierarchy with overridden eval/__str__, a recursive parser,
# exceptions raised deep inside and caught by kind.
# exit: 1
# stderr: NotImplementedError: eval
class Expr:
    def eval(self, env):
        raise NotImplementedError("eval")

    def __str__(self):
        return "?"


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def __str__(self):
        return str(self.value)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise KeyError(self.name)
        return env[self.name]

    def __str__(self):
        return self.name


class BinOp(Expr):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "*":
            return a * b
        if self.op == "/":
            return a / b
        return a - b

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


def parse(tokens):
    # tokens in prefix order: op left right
    tok = tokens.pop(0)
    if tok in ("+", "-", "*", "/"):
        left = parse(tokens)
        right = parse(tokens)
        return BinOp(tok, left, right)
    if tok.isdigit():
        return Num(float(tok))
    return Var(tok)


env = {"x": 3.0, "y": 4.0}
for src in ["+ 1 2", "* x + y 1", "/ - x y 2", "/ 1 - x x", "+ z 1"]:
    tree = parse(src.split())
    try:
        print(tree, "=", tree.eval(env))
    except ZeroDivisionError as e:
        print(tree, "fails:", e)
    except KeyError as e:
        print(tree, "unknown variable", e)
nodes = [Num(1.0), Var("x"), BinOp("+", Num(2.0), Var("y"))]
print([str(n) for n in nodes], sum(n.eval(env) for n in nodes))
print(Expr().eval(env))
