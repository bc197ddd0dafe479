# exit: 1
# stderr: ValueError: list.remove(x): x not in list
xs = ["a", "b"]
xs.remove("c")
