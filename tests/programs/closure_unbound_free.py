# Calling a closure before the variable it reads is assigned.
# exit: 1
# stderr: NameError: cannot access free variable 'y' where it is not associated with a value in enclosing scope
def f():
    def show():
        return y
    print("calling")
    print(show())
    y = 1


f()
