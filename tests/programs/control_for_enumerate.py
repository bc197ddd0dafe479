# args: A B
# enumerate() in for loops over strings, ranges, tuples and sys.argv.
import sys
word = "héllo"
for i, ch in enumerate(word):
    if ch == "l":
        continue
    print(i, ch)
for n, k in enumerate(range(10, 40, 10), 1):
    print(n, k)
for pos, item in enumerate(("a", "b", "c"), start=100):
    print(pos, item)
else:
    print("done", pos)
for idx, arg in enumerate(sys.argv[1:]):
    print(idx, arg)
for pair in enumerate("xy"):
    print(pair)
count = 0
for i, c in enumerate("abcdef"):
    if c == "d":
        break
    count += i
print(count)
