ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["ann"] = 32
print(ages, len(ages), ages["bob"], "ann" in ages, "zed" not in ages)
del ages["bob"]
print(ages, bool(ages), bool({}), {})
for k in ages:
    print(k, ages[k])
nested = {"xs": [1, 2], "ys": []}
nested["ys"].append(3)
print(nested, nested["xs"][1])
print(str({1: "a"}), repr({"k": (1, 2.5, None)}), f"{ {'a': True} }")
