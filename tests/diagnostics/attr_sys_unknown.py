# error: unknown-attribute
# line: 5
import sys

print(sys.foo)
