# exit: 1
# stderr: TypeError: unsupported operand type(s) for -=: 'str' and 'int'
# A variable holding a str at run time, used with -=.
import sys
x = 1
if len(sys.argv) > 5:
    x = 2.5
x = "a" if len(sys.argv) < 5 else x
x -= 1
