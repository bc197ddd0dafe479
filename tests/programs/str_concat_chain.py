# a + b + c on strings is built in one allocation; order and results as CPython.
def tag(s):
    print("eval", s)
    return s


parts = ["ü", "", "ß", "x"]
s = tag("a") + tag("b") + tag("c") + tag("d")
print(s, len(s))
t = parts[0] + parts[1] + parts[2] + parts[3] + ":" + str(len(parts))
print(t, len(t), t[2], t[-1])
acc = ""
for p in parts:
    acc += p + "|" + p
print(acc, len(acc))
print("" + "" + "", len("" + "" + ""))
