# Slicing strings with start and stop (out-of-range bounds are clamped).

s = "Hello, World"
print(s[0:5])
print(s[7:])
print(s[:5])
print(s[:])
print(s[-5:])
print(s[:-7])
print(s[-5:-1])
print(s[3:3], "|")
print(s[5:2], "|")
print(s[100:], "|")
print(s[-100:3])
print(s[2:100])


def middle(word):
    if len(word) <= 2:
        return ""
    return word[1:-1]


print(middle("abcde"), middle("ab"), middle("xyz"))
text = "one two three"
start = 0
for i in range(len(text) + 1):
    if i == len(text) or text[i] == " ":
        print("word:", text[start:i])
        start = i + 1
n = 3
print(s[n:n + 4])
print("ünïcödé"[2:5])
