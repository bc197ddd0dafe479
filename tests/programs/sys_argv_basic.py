# Reading command-line arguments from sys.argv.
# args: alpha 42 -3.5 last
import sys

print("number of arguments:", len(sys.argv) - 1)
print("first:", sys.argv[1])
print("last:", sys.argv[-1])
i = 1
while i < len(sys.argv):
    print(i, sys.argv[i], len(sys.argv[i]))
    i += 1
n = int(sys.argv[2])
x = float(sys.argv[3])
print(n * 2, x * 2)
print(sys.argv[1][::-1], sys.argv[1][0])
