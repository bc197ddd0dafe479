# error: unknown-attribute
# line: 5
import math

print(math.foo(2))
