# Functions and methods called both with None and with an instance: the code after an
# `is None` guard is compiled for both (recursive tree insert, attributes that start as
# None); reaching an attribute of None raises AttributeError as CPython.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node


def inorder(node, out):
    if node is None:
        return out
    inorder(node.left, out)
    out.append(node.key)
    inorder(node.right, out)
    return out


def depth(node):
    if node is None:
        return 0
    return 1 + max(depth(node.left), depth(node.right))


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    root = insert(root, k)
print(inorder(root, []), depth(root))  # [20, 30, 35, 40, 50, 60, 70, 80] 4


def key_or_zero(node):
    if node is None:
        return 0
    return node.key


print(key_or_zero(None), key_or_zero(Node(7)))  # 0 7


class Box:
    def __init__(self):
        self.item = None
        self.log = []

    def show(self, n):
        self.log.append(n.key)

    def put(self, key):
        if self.item is not None:
            self.show(self.item)
        self.item = Node(key)


b = Box()
for k in [1, 2, 3]:
    b.put(k)
print(b.log, b.item.key)  # [1, 2] 3


def name_of(node):
    return node.key


try:
    print(name_of(Node(1)))
    print(name_of(None))
except AttributeError as e:
    print("AttributeError:", e)
