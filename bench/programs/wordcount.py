# Counting words of a 1M-word text in a dict of str keys.
words = []
x = 12345
for i in range(200_000):
    x = (x * 1103515245 + 12345) % 2147483648
    words.append("w" + str(x % 5000))
text = " ".join(words)
counts = {}
for rep in range(5):
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
