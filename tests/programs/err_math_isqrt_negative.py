# math.isqrt of a negative number.
# exit: 1
# stderr: ValueError: isqrt() argument must be nonnegative
import math

print(math.isqrt(10))
print(math.isqrt(-10))
