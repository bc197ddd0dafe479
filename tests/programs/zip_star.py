# zip(*rows): the transpose of a list of rows (lists, tuples, strs; ragged rows stop at the
# shortest), also unzipping pairs into two tuples.
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)))
for col in zip(*rows):
    print(col, sum(col))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
empty = []
print(list(zip(*empty)))
ragged = [[1, 2, 3], [4], [5, 6]]
print([list(c) for c in zip(*ragged)])
class Grid:
    def __init__(self):
        self.cells = [["a", "b"], ["c", "d"]]
    def transposed(self):
        return [list(c) for c in zip(*self.cells)]
print(Grid().transposed())
words = ["abc", "de"]
print(list(zip(*words)))
m = [[1, 2], [3, 4]]
t = [list(r) for r in zip(*m)]
print(t, sorted(zip(*m), reverse=True))
