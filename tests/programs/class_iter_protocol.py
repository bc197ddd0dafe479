# Iterable classes: __iter__ as a generator method, or returning an iterator object with
# __next__ (StopIteration ends the loop); next() on iterator objects; any consumer works.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
for x in c:
    print(x)
print(list(c), sum(c), sorted(c), max(c))  # [3, 2, 1] 6 [1, 2, 3] 3
print([x * 2 for x in Countdown(2)], 2 in list(c))


class Squares:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i


print(list(Squares(4)))  # [1, 4, 9, 16]
it = Squares(2)
print(next(it), next(it), next(it, -1))  # 1 4 -1
try:
    next(it)
except StopIteration:
    print("exhausted")


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIter(self.cards)


class DeckIter:
    def __init__(self, cards):
        self.cards = cards
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.cards):
            raise StopIteration
        card = self.cards[self.pos]
        self.pos += 1
        return card


deck = Deck(["A", "K", "Q"])
print(", ".join(deck))  # A, K, Q
for i, card in enumerate(deck):
    print(i, card)
for a, b in zip(deck, Countdown(5)):
    print(a, b)


class Strict:
    def __init__(self, xs):
        self.xs = xs
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.xs):
            raise StopIteration
        x = self.xs[self.i]
        self.i += 1
        if x < 0:
            raise ValueError("negative: " + str(x))
        return x


try:
    for v in Strict([1, -2, 3]):
        print("v", v)
except ValueError as e:
    print("error:", e)
