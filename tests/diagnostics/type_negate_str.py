# error: type-mismatch
# line: 4
s = "text"
print(-s)
