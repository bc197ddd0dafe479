d = {"a": 1, "b": 2, "c": 3}
ks = d.keys()
vs = d.values()
d["d"] = 4
print(ks, vs, len(ks), "d" in ks, 4 in vs, list(d.items())[-1])
print(sorted(d.values(), reverse=True), sum(d.values()), max(d.items(), key=lambda kv: kv[1]))
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
print([k for k in d if d[k] % 2 == 0], {v: k for k, v in d.items()})
