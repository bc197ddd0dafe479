# exit: 1
# stderr: ValueError: too many values to unpack (expected 2)
# Unpacking errors point at the targets.
word = "abc"
first, second = word[:2]
print(first, second)
first, second = word
