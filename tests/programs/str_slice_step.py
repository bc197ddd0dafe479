# Slices with a step, including negative steps.

s = "abcdefghij"
print(s[::2])
print(s[1::2])
print(s[::-1])
print(s[::-2])
print(s[8:2:-1])
print(s[8:2:-3])
print(s[2:8:3])
print(s[-1:-5:-1])
print(s[:3:-1])
print(s[5::-1])
print(s[::100])
print(s[::-100])
empty = ""
print(empty[::-1], "|")


def is_palindrome(word):
    return word == word[::-1]


print(is_palindrome("level"), is_palindrome("python"), is_palindrome("racecar"))
print("Straße"[::-1])
