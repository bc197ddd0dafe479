# exit: 1
# stderr: OSError: disk full
# Built-in exception classes beyond the common ones.
def save(name):
    raise OSError("disk full")


print("saving")
save("x")
