# int() with a base rejects digits outside the base.
# exit: 1
# stderr: ValueError: invalid literal for int() with base 2: '102'
print(int("101", 2))
print(int("102", 2))
