# abs(), float() and int() of instances call __abs__, __float__ and __int__.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Fraction:
    def __init__(self, num, den):
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return self.num // self.den

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __str__(self):
        return f"{self.num}/{self.den}"


v = Vec(3, 4)
print(abs(v), abs(Vec(-1.5, 2.0)))
vs = [Vec(1, 1), Vec(-6, 8), Vec(0, 2)]
print(sorted(vs, key=abs))
print(max(abs(w) for w in vs))
f = Fraction(-22, 7)
print(float(f), int(f), abs(f), int(abs(f)))
print(round(float(Fraction(1, 3)), 4))
print(sum(float(Fraction(1, n)) for n in range(1, 5)))
