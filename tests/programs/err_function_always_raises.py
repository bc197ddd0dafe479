# exit: 1
# stderr: ValueError: bad input: abc!
# A function that never returns normally (it always raises), called with a computed
# argument: the traceback names both frames and nothing leaks.

def fail(message):
    raise ValueError("bad input: " + message)


def check(text):
    if len(text) > 5:
        return text
    fail(text + "!")


print(check("long enough"))
print(check("abc"))
