record = ("ann", 31, 1.68, True)
name, age, height, active = record
print(f"{name} is {age}, {height:.2f} m, active={active}")
people = [("bob", 25, 1.8, False), record]
people.sort(key=lambda p: p[1])
print(people)
print([p[0] for p in people if p[3]])
