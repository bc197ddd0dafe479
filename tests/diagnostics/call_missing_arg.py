# error: call-error
# line: 7
def greet(name, greeting):
    return greeting + ", " + name


print(greet("Ann"))
