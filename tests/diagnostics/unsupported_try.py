# error: unsupported-syntax
# line: 5
import sys

try:
    n = int(sys.argv[1])
except ValueError:
    n = 0
print(n)
