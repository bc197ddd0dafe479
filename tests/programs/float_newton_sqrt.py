# Newton's method for square roots, compared with exponentiation.

def newton_sqrt(x):
    if x == 0:
        return 0.0
    guess = x / 2
    for i in range(60):
        better = (guess + x / guess) / 2
        if better == guess:
            break
        guess = better
    return guess


for n in range(1, 11):
    root = newton_sqrt(n * 1.0)
    print(n, root, root * root, n ** 0.5)
print(newton_sqrt(2.0))
print(newton_sqrt(1e10))
print(newton_sqrt(0.0))
print(newton_sqrt(0.25))
