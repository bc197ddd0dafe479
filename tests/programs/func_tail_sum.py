# Functions ending in `return A + f(...)` (compiled as loops) behave like plain recursion.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def count(s, n):
    if n == 0:
        return len(s)
    t = s + "x"
    return len(t) + count(t, n - 1)

def walk(word, depth):
    for c in word:
        if c == "b":
            return depth + walk(word[1:], depth + 1)
    return 0

def neg(n):
    if n == 0:
        return 9223372036854775807
    return -1 + neg(n - 1)

print(fib(25), count("ab", 5), walk("abcabc", 1), neg(10))

def total(items, i):
    if i == len(items):
        return 0
    print("visit", items[i])
    return int(items[i]) + total(items, i + 1)

print(total("31415", 0))
