# Nested generator defs that read locals of the enclosing function (closures)
def make_report(prices, tax_rate, threshold):
    label = "ITEM"

    def with_tax():
        for p in prices:
            yield p * (1.0 + tax_rate)

    def expensive():
        for i, p in enumerate(prices):
            if p >= threshold:
                yield f"{label}-{i}: {p}"

    taxed = [f"{t:.2f}" for t in with_tax()]
    print("taxed:", taxed)
    for line in expensive():
        print(" ", line)
    return sum(1 for _ in expensive())


n = make_report([5.0, 20.0, 12.5, 40.0], 0.1, 12.0)
print("expensive count:", n)


def multiples_of(k, upto):
    def gen():
        m = k
        while m <= upto:
            yield m
            m += k
    return list(gen())


print("multiples of 3:", multiples_of(3, 20))
print("multiples of 7:", multiples_of(7, 50))


def word_stats(text, min_len):
    words = text.split()
    stop = set(["the", "a", "of"])

    def interesting():
        for w in words:
            w = w.lower().strip(".,")
            if len(w) >= min_len and w not in stop:
                yield w

    counts = {}
    for w in interesting():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())


for word, c in word_stats("The cat and the Hat. The cat sat, a cat of hats.", 3):
    print(f"{word}: {c}")


def counter_from(start):
    step = start % 3 + 1

    def run(n):
        for i in range(n):
            yield start + i * step

    return list(run(4)) + list(run(2))


print("counter_from(5):", counter_from(5))
print("counter_from(9):", counter_from(9))
