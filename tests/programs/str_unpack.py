# Unpacking a string into names.
a, b, c = "xyz"
print(a, b, c)
first, last = "é!"
print(first, last)
