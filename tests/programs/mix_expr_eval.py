# Tokenizer + recursive-descent parser building an AST of node classes, evaluated with variables
class ParseError(Exception):
    pass

class Node:
    def eval(self, env):
        return 0.0

class Num(Node):
    def __init__(self, v):
        self.v = v
    def eval(self, env):
        return self.v
    def __repr__(self):
        return f"{self.v:g}"
class Var(Node):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name}")
        return env[self.name]
    def __repr__(self):
        return self.name
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def eval(self, env):
        return OPS[self.op](self.left.eval(env), self.right.eval(env))
    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"

def tokenize(src):
    for ch in "+-*/()":
        src = src.replace(ch, f" {ch} ")
    toks = src.split()
    for t in toks:
        if not (t.replace(".", "").isalnum() or t in "+-*/()"):
            raise ParseError(f"bad token {t!r}")
    return toks

class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ""
    def take(self):
        t = self.peek(); self.pos += 1
        return t
    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            node = BinOp(self.take(), node, self.term())
        return node
    def term(self):
        node = self.atom()
        while self.peek() in ("*", "/"):
            node = BinOp(self.take(), node, self.atom())
        return node
    def atom(self):
        t = self.take()
        if t == "(":
            n = self.expr()
            if self.take() != ")":
                raise ParseError("expected )")
            return n
        if t == "":
            raise ParseError("unexpected end")
        return Num(float(t)) if t[0].isdigit() else Var(t)

env = {"x": 3.0, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 2 / rate", "10 / (x - 3)", "y + 1", "2 * (3 + 4", "4 $ 2", "8 / 4 / 2"]:
    try:
        tree = Parser(tokenize(src)).expr()
        print(f"{src:<18} {tree!r:<26} = {tree.eval(env):g}")
    except ParseError as e:
        print(f"{src:<18} parse error: {e}")
    except (NameError, ZeroDivisionError) as e:
        print(f"{src:<18} {type(e).__name__}: {e}")
