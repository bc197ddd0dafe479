# error: type-mismatch
# line: 7
def check(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        raise ValueError("bad n") from n


print(check(2))
