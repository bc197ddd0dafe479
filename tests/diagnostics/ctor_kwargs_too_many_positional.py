# error: call-error
# line: 9
class Node:
    def __init__(self, name, **attrs):
        self.name = name
        self.attrs = attrs


n = Node("x", 2)
