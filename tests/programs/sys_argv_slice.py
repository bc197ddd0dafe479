# Slicing sys.argv and iterating over the slice.
# args: 3 1 4 1 5 9 2 6
import sys

args = sys.argv[1:]
print(len(args), "numbers")
total = 0
largest = int(args[0])
for a in args:
    v = int(a)
    total += v
    largest = max(largest, v)
print("sum", total, "max", largest)
print("first two:", args[0], args[1])
rest = sys.argv[3:]
print(len(rest), rest[0], rest[-1])
tail = sys.argv[-2:]
print(tail[0] + tail[1])
