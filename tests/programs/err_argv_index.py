# Indexing past the end of sys.argv raises IndexError.
# args: one two
# exit: 1
# stderr: IndexError: list index out of range
import sys

print(sys.argv[1])
print(sys.argv[2])
print(sys.argv[5])
