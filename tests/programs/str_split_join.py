s = "  the quick\tbrown\n fox  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 2))
print("a-b-c".split(sep="-", maxsplit=1), "x".split(","), "".split(), "".split(","))
print("one\ntwo\r\nthree\n".splitlines(), "a\nb\n".splitlines(True))
print(", ".join(["x", "y", "z"]), "".join([]), "-".join("abc"))
print(" ".join(str(n) for n in range(5)))
words = "héllo wörld ünïcode".split()
print(words, [len(w) for w in words], "|".join(reversed_word[::-1] for reversed_word in words))
