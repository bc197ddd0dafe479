# A small arithmetic tokenizer yielding (kind, text) tuples, plus a consumer
def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            yield ("NUM", src[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("NAME", src[i:j])
            i = j
        elif c in "+-*/()=":
            yield ("OP", c)
            i += 1
        else:
            yield ("ERR", c)
            i += 1


def names_only(tokens):
    for kind, text in tokens:
        if kind == "NAME":
            yield text


lines = [
    "x = 12 + y_2 * (3 - z)",
    "total=price*qty",
    "a $ 7",
    "",
]
for line in lines:
    print(f"source: {line!r}")
    for kind, text in tokenize(line):
        print(f"  {kind:5} {text}")

print("names:", ",".join(names_only(tokenize(lines[0]))))
nums = [int(t) for k, t in tokenize("10 20 abc 30 + 5") if k == "NUM"]
print("numbers:", nums, "sum:", sum(nums))

counts = {}
for kind, _ in tokenize("a + b * (c - 100) / d2 = 7"):
    counts[kind] = counts.get(kind, 0) + 1
for k in sorted(counts):
    print(f"{k}: {counts[k]}")

has_err = any(k == "ERR" for k, _ in tokenize("1 + 2 ? 3"))
print("has error token:", has_err)
print("token count:", len(list(tokenize("foo(bar, baz)"))))
