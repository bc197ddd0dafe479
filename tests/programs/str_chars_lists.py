s = "héllo wörld"
chars = list(s)
print(chars, len(chars), chars[1], "".join(chars[::-1]))
counts = {}
for c in s:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
vowels = [c for c in s if c in "aeiouéö"]
print(vowels, set(s) >= {"h", "é"}, sorted(set(s)))
