# int() does not accept a float literal string.
# exit: 1
# stderr: ValueError: invalid literal for int() with base 10: '3.5'
# stdin: 3.5
value = input()
print("read", value)
print(int(value) + 1)
