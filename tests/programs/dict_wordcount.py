text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick quick"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<6} {n}")
by_len = {}
for word in counts:
    by_len.setdefault(len(word), []).append(word)
print(by_len)
freq = {}
for ch in "mississippi":
    if ch in freq:
        freq[ch] += 1
    else:
        freq[ch] = 1
print(freq, max(freq, key=lambda c: freq[c]))
