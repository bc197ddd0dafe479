# error: unknown-attribute
# line: 8
class A:
    def __init__(self):
        self.x = 1


print(A().y)
