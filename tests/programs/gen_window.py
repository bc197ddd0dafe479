# Sliding windows and running averages over sensor readings
def triples(xs):
    for i in range(len(xs) - 2):
        yield (xs[i], xs[i + 1], xs[i + 2])


def pairs(xs):
    first = True
    prev = 0
    for x in xs:
        if not first:
            yield (prev, x)
        prev = x
        first = False


def running_average(values):
    total = 0.0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total / count


def moving_average(values, k):
    window = []
    for v in values:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        if len(window) == k:
            yield sum(window) / k


readings = [3, 7, 4, 9, 12, 8, 5, 6]
for a, b, c in triples(readings):
    print(f"window ({a}, {b}, {c}) max={max(a, b, c)}")

deltas = [b - a for a, b in pairs(readings)]
print("deltas:", deltas)
rises = sum(1 for a, b in pairs(readings) if b > a)
print("number of rises:", rises)

temps = [20.5, 21.0, 19.5, 22.0, 23.5, 18.0]
print("running:", [f"{x:.2f}" for x in running_average(temps)])
print("moving(3):", [f"{x:.3f}" for x in moving_average(temps, 3)])
print("moving(10):", list(moving_average(temps, 10)))

avg = 0.0
for avg in running_average([1.0, 2.0, 3.0, 4.0]):
    pass
print("final running average:", avg)

peak = max(moving_average([1.0, 5.0, 9.0, 2.0, 2.0], 2))
print("peak 2-window average:", peak)
print("pairs of short list:", list(pairs([42])))
