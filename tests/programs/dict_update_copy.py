base = {"x": 1, "y": 2}
extra = {"y": 20, "z": 30}
merged = base.copy()
merged.update(extra)
print(base, merged, base == {"y": 2, "x": 1}, merged != base)
merged.update([("w", 0)])
merged.update(zip(["p", "q"], [7, 8]))
print(merged, dict(merged) == merged, len(dict(merged)))
del merged["x"]
print(merged.pop("z"), merged, "x" in merged)
