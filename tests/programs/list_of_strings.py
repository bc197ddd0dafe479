names = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(names), sorted(names, key=str.lower), [n.upper() for n in names])
print(", ".join(sorted(n.capitalize() for n in names)))
print(max(names, key=len), min(names), "charlie" in names, names.index("Bravo"))
lengths = [len(n) for n in names]
print(lengths, sum(lengths))
print([n for n in names if n[0].isupper()], ["%s!" % n for n in names[:2]])
