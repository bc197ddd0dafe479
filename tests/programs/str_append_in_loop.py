# s += t grows strings in place when nothing else refers to them; aliases stay unchanged.
s = "ab"
t = s
s += "c"
print(s, t)
s += s
print(s, t)


def build(n):
    out = ""
    snap = ""
    for i in range(n):
        out += str(i % 10)
        if i == 5:
            snap = out
        out = out + "-"
    return out, snap


text, early = build(12)
print(text, early, len(text))
word = "é"
for _ in range(3):
    word += word + "ü"
print(word, len(word))
total = ""
for i in range(100000):
    total += "xy"
print(len(total), total[-4:])
