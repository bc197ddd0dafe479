line = "k1=v1;k2=v2;;k3=v3"
pairs = [p.split("=") for p in line.split(";") if p]
print(pairs, dict((k, v) for k, v in pairs))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "x,y,z".rsplit(",", 1))
print("  lead".split(" "), "trail  ".split(" "), "a\u3000b\xa0c".split())
print("1,2,3".split(","), list(map(int, "10 20 30".split())), sum(int(t) for t in "4 5 6".split()))
text = "line one\nline two\r\nline three"
print(text.splitlines(), [l.split()[-1] for l in text.splitlines()])
