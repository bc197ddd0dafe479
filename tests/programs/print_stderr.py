# print(..., file=sys.stderr) goes to standard error, not standard output.
# stderr: warning: 3 problems found
import sys

print("starting")
print("this goes to stderr", file=sys.stderr)
problems = 0
for i in range(10):
    if i % 4 == 3:
        problems += 1
        print("problem at", i, file=sys.stderr)
print("checked 10 items")
print("warning:", problems + 1, "problems found", file=sys.stderr)
print("done", end="\n")
