# Attributes, variables and results that hold an instance or None: linked lists and
# trees; reading an attribute of None raises AttributeError.
# exit: 1
# stderr: AttributeError: 'NoneType' object has no attribute 'value'
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def find(self, value):
        node = self.head
        while node is not None:
            if node.value == value:
                return node
            node = node.next
        return None

    def __str__(self):
        parts = []
        node = self.head
        while node:
            parts.append(str(node.value))
            node = node.next
        return " -> ".join(parts)


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out):
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right is not None:
            self.right.inorder(out)
        return out

    def height(self):
        lh = self.left.height() if self.left is not None else 0
        rh = self.right.height() if self.right else 0
        return 1 + max(lh, rh)


lst = LinkedList()
for v in [3, 1, 4, 1, 5]:
    lst.push(v)
print(lst, lst.size)
found = lst.find(4)
print(found.value if found is not None else "missing", lst.find(9) is None)
root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35]:
    root.insert(k)
print(root.inorder([]), root.height())
missing = lst.find(42)
print(missing)
print(missing.value)
