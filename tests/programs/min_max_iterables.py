xs = [4, -2, 7, 0]
print(min(xs), max(xs), min(xs, key=abs), max(xs, key=lambda v: -v))
print(max("hello"), min(["b", "a", "c"]), max([], default="none"), min((), default=-1))
print(max(3, 9, 2), min(2.5, 1), max("apple", "pear", key=len), min(1, 2, key=lambda v: -v))
words = "the quick brown fox".split()
print(max(words, key=len), min(words, key=lambda w: w[-1]))
