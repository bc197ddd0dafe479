# exit: 1
# stderr: ZeroDivisionError: integer division or modulo by zero
# An exception leaving a with block: __exit__ sees it, then CPython's traceback.
class R:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t is None)
        return False


def work(n):
    with R() as r:
        print("in", n)
        return 10 // n


print(work(2))
print(work(0))
