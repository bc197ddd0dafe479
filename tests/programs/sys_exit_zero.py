# sys.exit() and sys.exit(0) end the program successfully.
import sys


def finish():
    print("finishing early")
    sys.exit()


count = 0
while True:
    count += 1
    print("iteration", count)
    if count == 3:
        finish()
print("not reached")
