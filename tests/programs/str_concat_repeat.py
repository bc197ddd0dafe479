# String concatenation with + and repetition with *.

first = "Ada"
last = "Lovelace"
full = first + " " + last
print(full)
print("=" * 20)
print("ab" * 3, 3 * "xy", "z" * 0, "q" * -2, "" * 5)
print("[" + "-" * 10 + "]")


def banner(text, width):
    pad = (width - len(text)) // 2
    line = "*" * width
    print(line)
    print(" " * pad + text)
    print(line)


banner("pyexe", 15)
banner("hello world", 21)

s = ""
for i in range(5):
    s += str(i)
    s += ","
print(s)
word = "na"
print(word * 8 + " batman")
tri = ""
for n in range(1, 6):
    tri = tri + "#" * n + "\n"
print(tri, end="")
greeting = "hi"
greeting *= 3
print(greeting)
