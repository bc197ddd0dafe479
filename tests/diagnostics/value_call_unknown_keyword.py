# error: call-error
# line: 8
def area(width, height=1):
    return width * height


f = area
print(f(3, heigth=4))
