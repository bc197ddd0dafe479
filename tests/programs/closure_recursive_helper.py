# A nested function that calls itself, and two that call each other.
def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    memo = {}

    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if r == rows - 1 and c == cols - 1:
            return 1
        if (r, c) in memo:
            return memo[(r, c)]
        n = walk(r + 1, c) + walk(r, c + 1)
        memo[(r, c)] = n
        return n

    return walk(0, 0)


print(count_paths(["....", ".#..", "...#", "#..."]))


def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n), is_odd(n)


print(parity(10), parity(7))


def collatz_lengths(limit):
    seen = {1: 1}

    def length(n):
        if n in seen:
            return seen[n]
        r = 1 + length(n // 2 if n % 2 == 0 else 3 * n + 1)
        seen[n] = r
        return r

    return max(range(1, limit), key=length)


print(collatz_lengths(1000))
for n in range(3):
    print(n, count_paths(["..", ".."]))
