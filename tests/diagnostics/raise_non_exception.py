# error: type-mismatch
# line: 6
def fail(code):
    if code > 1:
        msg = "code " + str(code)
        raise msg
    return code


print(fail(2))
