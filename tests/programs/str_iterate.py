# Iterating over the characters of a string.

def count_char(text, target):
    n = 0
    for c in text:
        if c == target:
            n += 1
    return n


def reverse(text):
    out = ""
    for c in text:
        out = c + out
    return out


def spaced(text):
    out = ""
    for c in text:
        if out != "":
            out += " "
        out += c
    return out


print(count_char("mississippi", "s"), count_char("mississippi", "p"), count_char("", "a"))
print(reverse("stressed"), reverse(""), reverse("a"))
print(spaced("hello"))
for ch in "héllo":
    print(ch, end="|")
print()
longest = 0
current = 0
for c in "aaabbbbbcccd":
    current += 1
    if current > longest:
        longest = current
print(longest)
run_char = ""
run_len = 0
best = ""
best_len = 0
for c in "aaabbbbbcccdddddddde":
    if c == run_char:
        run_len += 1
    else:
        run_char = c
        run_len = 1
    if run_len > best_len:
        best_len = run_len
        best = run_char
print("longest run:", best, best_len)
for c in "ab":
    for d in "xyz":
        print(c + d, end=" ")
print()
