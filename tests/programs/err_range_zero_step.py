# exit: 1
# stderr: ValueError: range() arg 3 must not be zero
# A zero step is only known at run time here.
import sys

step = len(sys.argv) - 1
for i in range(0, 10, 3):
    print(i)
for i in range(0, 10, step):
    print(i)
