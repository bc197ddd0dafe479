groups = {}
for word in "apple avocado banana blueberry cherry apricot".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
for letter in sorted(groups):
    print(letter, sorted(groups[letter]))
index = {}
for i, w in enumerate(["a", "b", "a", "c", "b", "a"]):
    if w not in index:
        index[w] = []
    index[w].append(i)
print(index, max(index, key=lambda k: len(index[k])))
