# error: unsupported-syntax
# line: 4
import math
print(math.fmod(7, 2))
