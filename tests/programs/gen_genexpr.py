# Generator expressions stored in variables and fed to builtins
nums = [4, 8, 15, 16, 23, 42]

squares = (n * n for n in nums)
print("sum of squares:", sum(squares))
print("squares again (spent):", sum(squares))

odds = (n for n in nums if n % 2 == 1)
print("odds:", list(odds))

print("min of halves:", min(n // 2 for n in nums))
print("max mod 7:", max(n % 7 for n in nums))
print("sorted desc:", sorted((n - 10 for n in nums), reverse=True))
print("set of last digits:", sorted(set(n % 10 for n in nums)))
print("tuple:", tuple(n + 1 for n in nums if n > 10))
print("any > 40:", any(n > 40 for n in nums))
print("all even:", all(n % 2 == 0 for n in nums))
none = [n for n in nums if n > 100]
print("all on empty:", all(n > 100 for n in none))
print("any on empty:", any(n > 100 for n in none))

words = ["Spam", "eggs", "HAM", "toast"]
print("joined:", "-".join(w.lower() for w in words))
print("caps:", " ".join(w.capitalize() for w in words if len(w) > 3))
lengths = (len(w) for w in words)
print("first length:", next(lengths))
print("remaining:", list(lengths))


def total_of(g):
    t = 0
    for x in g:
        t += x
    return t


print("passed to function:", total_of(x * 3 for x in range(5)))
cubes = (i ** 3 for i in range(1, 6))
print("cubes via function:", total_of(cubes))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
diag = (matrix[i][i] for i in range(3))
print("trace:", sum(diag))
flat = (v for row in matrix for v in row if v != 5)
print("flat without 5:", list(flat))
pairs = ((a, b) for a in range(3) for b in range(a))
print("pairs:", list(pairs))
floats = (x / 4 for x in range(5))
print("floats:", list(floats))
