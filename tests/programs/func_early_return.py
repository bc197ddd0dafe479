# return from inside loops and branches.

def find_char(s, c):
    i = 0
    for ch in s:
        if ch == c:
            return i
        i += 1
    return -1


def first_square_over(limit):
    n = 0
    while True:
        n += 1
        if n * n > limit:
            return n


def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def check(n):
    if n < 0:
        print("negative, giving up")
        return
    print("checking", n)


print(find_char("hello", "l"), find_char("hello", "z"), find_char("", "a"))
print(first_square_over(10), first_square_over(1000))
print(sign(-3.5), sign(0.0), sign(12.5))
check(-1)
check(4)
