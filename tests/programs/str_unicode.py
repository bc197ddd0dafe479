# Non-ASCII strings: length and indexing count code points.

s = "héllo"
print(s, len(s))
j = "日本語のテキスト"
print(j, len(j), j[0], j[-1], j[2:4])
e = "emoji: 😀🎉"
print(e, len(e), e[-1])
g = "Ελληνικά"
print(g, len(g), g[::-1])
mixed = "naïve café"
count = 0
for c in mixed:
    if c == "é" or c == "ï":
        count += 1
print("accented:", count)
print("ß" * 3, "€" + "100")
print("ä" < "b", "z" < "ä")
print(f"{'ü':>3}|{'ü':<3}|")
print(str(len("\u00e9")), "\u00e9" == "é")
