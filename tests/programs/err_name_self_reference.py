# exit: 1
# stderr: NameError: name 'z' is not defined
print("start")
z = z * 2
