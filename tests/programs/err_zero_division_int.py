# Integer floor division by zero raises ZeroDivisionError.
# exit: 1
# stderr: ZeroDivisionError: integer division or modulo by zero


def share(total, people):
    return total // people


print(share(10, 3))
print(share(10, 2))
for people in range(3, -1, -1):
    print(people, share(100, people))
print("not reached")
