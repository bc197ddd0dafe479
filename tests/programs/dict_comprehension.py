squares = {x: x * x for x in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(evens)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, dict(zip(["x", "y"], [1, 2])), dict([("p", 1.5)]), dict())
print(dict(enumerate("ab")), dict(squares))
