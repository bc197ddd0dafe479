# Binary search tree with instance-or-None children, iterative insert, recursive delete and stack-based in-order generator
class TreeNode:
    def __init__(self, key, val):
        self.key = key
        self.val = val
        self.left = None
        self.right = None

class BST:
    def __init__(self):
        self.root = None
        self.size = 0
    def _attach(self, parent, node):
        if node.key < parent.key:
            parent.left = node
        else:
            parent.right = node
        self.size += 1
    def insert(self, key, val):
        if self.root is None:
            self.root = TreeNode(key, val)
            self.size += 1
            return
        n = self.root
        while key != n.key:
            nxt = n.left if key < n.key else n.right
            if nxt is None:
                self._attach(n, TreeNode(key, val))
                return
            n = nxt
        n.val = val
    def delete(self, key):
        self.root = self._delete(self.root, key)
        self.size -= 1
    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        elif node.left is None:
            return node.right
        elif node.right is None:
            return node.left
        else:
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key, node.val = succ.key, succ.val
            node.right = self._delete(node.right, succ.key)
        return node
    def __iter__(self):
        stack = []
        n = self.root
        while len(stack) > 0 or n is not None:
            while n is not None:
                stack.append(n)
                n = n.left
            top = stack.pop()
            yield (top.key, top.val)
            n = top.right
    def __contains__(self, key):
        return any(k == key for k, _ in self)
    def height(self, node):
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

t = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    t.insert(w, len(w))
print(t.size, t.height(t.root), [k for k, _ in t])
print("fox" in t, "cat" in t)
for k in ["the", "quick", "cat", "brown"]:
    try:
        t.delete(k)
        print("deleted", k, "->", t.size)
    except KeyError as e:
        print("not found", e)
print(dict(t), t.height(t.root))
print(sum(v for _, v in t), max(t, key=lambda kv: kv[1]))
