# Control flow through try: return in finally-protected loops, except+continue,
# break out of while via an exception, sys.exit() running the finally.
# exit: 3
import sys


def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return -1


print(first_even([3, 5, 8, 9]))


def safe_div(a, b):
    try:
        q = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        return q


print(safe_div(1, 4), safe_div(1, 0))

try:
    try:
        x = 1
    except ValueError:
        print("not here")
    else:
        raise KeyError("from else")
except KeyError as e:
    print("else raised", repr(e))

words = ["1", "two", "3", "", "5"]
nums = []
for w in words:
    try:
        nums.append(int(w))
    except ValueError:
        continue
print(nums)

count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print("count", count)

try:
    assert count < 0, "count must be negative"
except AssertionError as e:
    print("assert:", e)

try:
    sys.exit(3)
except Exception:
    print("not caught by Exception")
finally:
    print("finally runs before exit")
