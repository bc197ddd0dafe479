# Counting and accumulating into dict values: d[k] = d.get(k, dflt) op x and d[k] op= x.
# exit: 1
# stderr: KeyError: 'b'
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
totals = {"a": 1.5}
for k in ["a", "b", "a"]:
    totals[k] = totals.get(k, 0.25) * 2
print(totals)
groups = {}
for w in "apple avocado banana blueberry cherry".split():
    key = w[0]
    groups[key] = groups.get(key, "") + w + ","
    groups[key] += "|"
print(groups)
shared = {"x": "ab"}
alias = shared["x"]
shared["x"] += "cd"
print(alias, shared["x"])
def tally(items):
    seen = {}
    step = 10
    for it in items:
        seen[it] = seen.get(it, 0) + step
        seen[it] -= 1
        seen[it] *= 2
    return seen
print(tally([3, 1, 3, 2, 3]))
fl = {1: 2.0}
fl[1] += 1
fl[1] /= 4
print(fl)
keys = {(1, "a"): 0}
t = (1, "a")
keys[t] += 5
keys[t] = keys.get(t, 0) + 1
print(keys)
big = {"n": 9223372036854775806}
big["n"] += 1
print(big)
big["n"] = big.get("n", 0) - 1
print(big)
d = {"a": 1}
d["b"] += 1
