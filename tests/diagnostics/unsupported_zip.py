# error: unsupported-syntax
# line: 4
names = ["a", "b"]
for n, i in zip(names, range(2)):
    print(n, i)
