# exit: 1
# stderr: ZeroDivisionError: integer division or modulo by zero
# An exception inside a method called as a bound method: no extra frame for the binding.
class A:
    def boom(self, x):
        return 10 // x


f = A().boom
print(f(2))
print(f(0))
