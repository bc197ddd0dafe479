# error: unsupported-syntax
# line: 5
try:
    pass
except MyError:
    pass
