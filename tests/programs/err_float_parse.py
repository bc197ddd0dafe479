# float() of a bad string raises ValueError.
# exit: 1
# stderr: ValueError: could not convert string to float: '1.2.3'
print(float("1.5"))
print(float("1.2.3"))
