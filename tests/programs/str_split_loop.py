# Looping straight over s.split(...) cuts items lazily; they match the list's.
# exit: 1
# stderr: ValueError: empty separator
text = "  the quick\tbrown\n fox  jumps  "
for w in text.split():
    print(repr(w))
for w in "a,b,,c,".split(","):
    print(repr(w))
for w in "".split(","):
    print(repr(w))
for w in "".split():
    print("never")
print([w.upper() for w in "x y z".split()])
print({w: len(w) for w in "héllo wörld 日本".split(" ")})
for i, w in enumerate("p--q--r".split(sep="--")):
    print(i, w)
for a, b in zip("1 2 3".split(), "x:y".split(":")):
    print(a, b)
line = "k=v"
for part in line.split("="):
    line = "changed"
    print(part)
n = 0
for w in "a b c d".split():
    if w == "c":
        break
    n += 1
else:
    print("no break")
print(n)
words = []
for w in ("z " * 3).split(" "):
    words.append(w)
print(words)
for w in "abc".split(""):
    print(w)
