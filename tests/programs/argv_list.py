# args: alpha beta gamma
import sys

args = sys.argv[1:]
print(args, len(args), args[0], args[-1])
print(sorted(args, reverse=True), [a.upper() for a in args], " ".join(args))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, a)
print("beta" in sys.argv, sys.argv[1:2] + ["x"])
