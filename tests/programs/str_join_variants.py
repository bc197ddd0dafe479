words = ["Ünïcode", "text", "ünd", "mehr"]
print(" ".join(words), "".join(words), "—".join(words), ", ".join(sorted(words)))
print("\n".join("%d: %s" % (i, w) for i, w in enumerate(words)))
print("+".join(str(n) for n in range(5)), "".join(reversed("stressed")), "-".join([]))
print(", ".join(f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()))
