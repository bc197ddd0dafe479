# An exception raised by a finally block chains to the one it interrupted.
# exit: 1
# stderr: OSError: cannot close b
def close(name):
    print("closing", name)
    if name == "b":
        raise OSError("cannot close b")


def work(name):
    try:
        print("working", name)
        return len(name) // 0
    finally:
        close(name)


for n in ["a"]:
    try:
        work(n)
    except ZeroDivisionError as e:
        print("caught", e)
work("b")
