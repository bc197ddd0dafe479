# error: import-error
# line: 3
import numpy

print(numpy.zeros(3))
