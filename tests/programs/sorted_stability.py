people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name_len = sorted(people, key=lambda p: len(p[0]))
print(by_name_len)
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("banana"))
