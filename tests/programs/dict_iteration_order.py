d = {}
for k in [5, 3, 9, 1]:
    d[k] = str(k)
del d[3]
d[3] = "again"
d[5] = "five"
print(d, list(d.keys()))
while d:
    print(d.popitem())
