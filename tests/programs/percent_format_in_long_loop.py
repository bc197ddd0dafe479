# %-formatting inside a long loop (no stack growth per iteration).
n = 0
for i in range(300000):
    s = "%d %d" % (i, i)
    n += 1
print(n)
