# inf and nan behaviour.

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf * 2, -inf * 3, inf - inf)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1)
print(1 / inf, -1 / inf)
print(inf * 0)
print(min(inf, 5.0), max(-inf, -5.0))
print(abs(-inf))
x = 1e308
y = x * 10
print(y, y == inf)
print(-y)
print(str(inf), str(nan), str(-inf))
big = 1e200
print(big * big, -big * big, big * big - big * big)
