xs = [0.1 * i for i in range(6)]
print(xs)
print(sum(xs), max(xs), min(xs), sorted(xs, reverse=True)[0])
mean = sum(xs) / len(xs)
var = sum((x - mean) ** 2 for x in xs) / len(xs)
print(f"{mean:.4f} {var:.4f}")
print([round(x, 2) for x in xs], [int(x * 10) for x in xs])
