# exit: 1
# stderr: ValueError: no hash
# A __hash__ that raises stops hash(), dict and set operations with its exception.
class A:
    def __hash__(self) -> int:
        raise ValueError("no hash")

class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        if self.k < 0:
            raise TypeError("negative key")
        return hash(self.k)

try:
    x = hash(A())
except ValueError as e:
    print("ValueError:", e)
d = {Key(1): "a"}
try:
    d[Key(-1)] = "b"
except TypeError as e:
    print("TypeError:", e, len(d))
try:
    s = {A()}
except ValueError as e:
    print("set:", e)
print(d[Key(1)], Key(2) in d)
print(hash(A()))
