# Calling functions with keyword arguments in any order.

def describe(name, age, city="Unknown"):
    return name + " (" + str(age) + ") from " + city


print(describe("Ann", 31))
print(describe(name="Ben", age=25))
print(describe(age=40, name="Cid"))
print(describe("Dee", city="Oslo", age=22))
print(describe("Eve", 29, city="Rome"))
print(describe(city="Lima", age=50, name="Fay"))


def rectangle(width, height, fill="#", border=True):
    for row in range(height):
        line = ""
        for col in range(width):
            edge = row == 0 or row == height - 1 or col == 0 or col == width - 1
            if border and edge:
                line += "+"
            else:
                line += fill
        print(line)


rectangle(5, 3)
rectangle(4, 4, fill=".")
rectangle(height=2, width=6, border=False, fill="=")


def interval(low, high, step=1):
    out = ""
    for i in range(low, high, step):
        out += str(i) + " "
    return out


print(interval(1, 10, step=3))
print(interval(step=2, high=9, low=0))
print(interval(5, high=8))
