# Indexing a tuple of scalars of several types with an index known only at run time.
t = (1, "a", 2.5, None, True)
for i in range(-5, 5):
    print(i, t[i])
k = 5
try:
    print(t[k])
except IndexError as e:
    print(e)
