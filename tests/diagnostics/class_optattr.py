# error: unsupported-syntax
# line: 9
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

    def link(self, other):
        self.next = other


Node(1).link(Node(2))
