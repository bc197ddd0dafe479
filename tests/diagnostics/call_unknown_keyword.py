# error: call-error
# line: 7
def area(width, height=1):
    return width * height


print(area(3, heigth=4))
