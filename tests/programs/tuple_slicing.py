t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-1], t[:2], t[3:], t[::2], t[-2:])
u = t + (60,)
print(u, len(u), (0,) * 3, u[5])
i = 2
same = (7, 8, 9)
print(same[i], same[i - 3])
for k in range(3):
    print(same[k])
