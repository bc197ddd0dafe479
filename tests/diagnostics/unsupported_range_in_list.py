# error: unsupported-syntax
# line: 3
spans = [range(3), range(5)]
print(spans)
