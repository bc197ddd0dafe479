# Float exponentiation that overflows.
# exit: 1
# stderr: OverflowError: (34, 'Numerical result out of range')
base = 10.0
for e in range(100, 500, 100):
    print(e, base ** e)
