# error: unbound-name
# line: 8
def greet(name):
    print("hello", name)


greet("Ann")
greet_all("Ann", "Bob")
