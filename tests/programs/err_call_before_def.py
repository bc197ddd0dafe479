# exit: 1
# stderr: NameError: name 'f' is not defined
# A call that runs before the def statement.
print(f())
def f():
    return 1
