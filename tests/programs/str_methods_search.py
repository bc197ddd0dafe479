# Searching, replacing and splitting into three.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.find("the", 1), s.find("o", 10, 20), s.find(""))
print(s.index("fox"), s.rindex("o"), s.count("o"), s.count("the", 5), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "t")), s.endswith(("cat", "bird")), s.startswith("quick", 4))
print(s.replace("the", "a"), "|", s.replace("o", "0", 2), "|", "abc".replace("", "-"), "|", "aaa".replace("a", "b", 0))
print(s.partition(" "), s.rpartition(" "), s.partition("xyz"), s.rpartition("xyz"))
text = "héllo wörld ñ"
print(text.find("ö"), text.upper(), text.index("ñ"), text[text.find("w"):], text.count("l"))
print("  padded  ".strip(), "|", "xxhixx".strip("x"), "|", "  left".lstrip(), "|", "right  ".rstrip(), "|", "abcba".strip("ab"))
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "same".removeprefix("x"))
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), repr("x\ty".expandtabs(0)))
line = "key = value"
key, _, value = line.partition("=")
print(repr(key.strip()), repr(value.strip()))
