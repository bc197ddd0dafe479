# sys.exit(n) ends the program with exit status n.
# exit: 3
import sys


def validate(n):
    if n > 5:
        print("value too large:", n)
        sys.exit(3)
    print("ok:", n)


for i in range(0, 10, 2):
    validate(i)
print("not reached")
