# exit: 1
# stderr: TypeError: '<' not supported between instances of 'str' and 'int'
xs = [1, "a", 2]
xs.sort()
