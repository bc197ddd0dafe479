# Polynomial class with __add__/__mul__/__call__/__eq__/__neg__, derivative, root finding by Newton's method
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        result = 0.0
        for a in reversed(self.c):
            result = result * x + a
        return result

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o)

    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    def __eq__(self, o):
        return self.c == o.c

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            t = str(a) if i == 0 else ("" if a == 1 else str(a)) + ("x" if i == 1 else f"x^{i}")
            terms.append(t)
        return " + ".join(terms).replace("+ -", "- ")

def newton(p, x0, tol=1e-10, limit=50):
    d = p.derivative()
    x = x0
    for step in range(limit):
        dx = d(x)
        if dx == 0:
            raise ZeroDivisionError(f"flat derivative at {x}")
        nx = x - p(x) / dx
        if abs(nx - x) < tol:
            return round(nx, 8), step
        x = nx
    raise RuntimeError("did not converge")

p = Poly([-6, 11, -6, 1])
q = Poly([1, 1])
print(p, "|", q, "|", p.degree())
print(p + q, "|", p - p, "|", q * q * q)
print(p.derivative(), "|", p.derivative().derivative())
print([p(x) for x in range(5)], q(2.5))
print(q * q == Poly([1, 2, 1]), q == Poly([1, 1, 0, 0]), p == q)
for guess in [0.0, 1.6, 2.4, 10.0]:
    try:
        print(guess, "->", newton(p, guess))
    except ZeroDivisionError as e:
        print(guess, "->", e)
print(newton(Poly([-2, 0, 1]), 1.0))
