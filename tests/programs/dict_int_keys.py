squares = {}
for i in range(-3, 4):
    squares[i] = i * i
print(squares, squares[-2], sum(squares.values()), sorted(squares.keys(), reverse=True)[:3])
memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(60), len(memo))
hist = {}
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    hist[n] = hist.get(n, 0) + 1
print(hist)
