# input() at end of file raises EOFError.
# stdin: first
# exit: 1
# stderr: EOFError: EOF when reading a line
line = input()
print("got", line)
line = input()
print("not reached", line)
