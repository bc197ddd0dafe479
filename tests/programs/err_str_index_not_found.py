# exit: 1
# stderr: ValueError: substring not found
s = "hello"
print(s.index("l"))
print(s.index("z"))
