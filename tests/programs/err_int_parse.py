# int() of a non-numeric string raises ValueError.
# exit: 1
# stderr: ValueError: invalid literal for int() with base 10: 'abc'
print(int("12"))
text = "abc"
print(int(text))
