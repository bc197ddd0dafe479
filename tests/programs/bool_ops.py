# and / or / not return operand values, with short-circuit evaluation.

def check(label, value):
    print("evaluating", label)
    return value


def check_int(label, value):
    print("evaluating", label)
    return value


print(True and False, True or False, not True, not False)
print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "given" or "default", "" and "x", "a" and "b")
print(0.0 or 2.5, 1.5 and 0.0)
print(not 0, not 7, not "", not "x", not 0.0, not None)

name = ""
display = name or "anonymous"
print("hello,", display)

r = check("left", False) and check("right", True)
print(r)
r = check("left", True) or check("right", False)
print(r)
r = check("left", True) and check("right", False)
print(r)
r = check_int("a", 0) or check_int("b", 0) or check_int("c", 42)
print(r)

x = 7
if x > 0 and x % 2 == 1:
    print("positive odd")
if not (x < 0 or x > 100):
    print("in range")
if x and not x == 3:
    print("truthy and not three")
count = 0
while count < 3 or not count:
    count += 1
print(count)
