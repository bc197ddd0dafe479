# exit: 1
# stderr: NameError: name 'g' is not defined
# A function defined only in the branch not taken.
# args: one
import sys
if len(sys.argv) > 1:
    def f():
        return "one"
else:
    def g():
        return "two"
print(g())
