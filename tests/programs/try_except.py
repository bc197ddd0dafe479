# try/except/else/finally with built-in exceptions: matching by hierarchy, 'as e',
# bare raise, break/continue/return through finally, chained tracebacks.
# exit: 1
# stderr: RuntimeError: wrapped
def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        print("bad:", e, repr(e))
        n = -1
    else:
        print("ok", n)
    finally:
        print("done", s)
    return n

print(parse("12"), parse("x1"))

def div(a, b):
    try:
        return a // b
    except (ZeroDivisionError, OverflowError):
        return 0
    finally:
        print("div", a, b)

print(div(7, 2), div(1, 0))

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        print("missing", e, repr(e))
    except LookupError:
        print("never")
    return None

print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
total = 0
for i in range(6):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        total += 10 // (i - 1)
    except ZeroDivisionError:
        print("zero at", i)
    finally:
        print("finally", i)
print(total)
try:
    [1, 2][5]
except Exception as e:
    print("IndexError", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer caught", e)
try:
    try:
        {"a": 1}["k"]
    except KeyError:
        print("re-raising")
        raise
except LookupError as e:
    print("got", repr(e))
def g():
    try:
        int("zz")
    except ValueError:
        raise RuntimeError("wrapped")
g()
