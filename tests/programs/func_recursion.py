# Recursive functions.

def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target)
    if n >= 3:
        print("move disk", n, "from", source, "to", target)
    moves += 1
    moves += hanoi(n - 1, spare, target, source)
    return moves


def reverse(s):
    if len(s) <= 1:
        return s
    return reverse(s[1:]) + s[0]


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


for i in range(0, 21, 4):
    print(i, factorial(i))
for i in range(15):
    print(fib(i), end=" ")
print()
print(fib(25))
print(power(3, 13), power(2, 62), power(7, 0))
print("total moves:", hanoi(4, "A", "C", "B"))
print(reverse("recursion"))
print(ackermann(2, 3), ackermann(3, 3))


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))
