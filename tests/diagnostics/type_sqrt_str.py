# error: type-mismatch
# line: 5
import math

print(math.sqrt("16"))
