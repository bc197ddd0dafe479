# Lexicographic string comparison.

print("apple" < "banana", "apple" > "banana", "apple" == "apple")
print("Zebra" < "apple", "a" < "aa", "" < "a", "abc" <= "abc", "abd" >= "abc")
print("10" < "9", "abc" != "ABC")
print("é" > "z", "a" < "b" < "c", "b" < "a" < "c")


def earliest(a, b, c):
    first = a
    if b < first:
        first = b
    if c < first:
        first = c
    return first


print(earliest("pear", "fig", "grape"))
print(earliest("b", "a", "c"))
word = "mango"
if word < "m":
    print(word, "is in the first half of the dictionary")
else:
    print(word, "is in the second half of the dictionary")
s = "hello"
t = "hel" + "lo"
print(s == t, s != t)
