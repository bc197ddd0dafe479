# Palindrome detection ignoring case and punctuation (without str methods).

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def to_lower_char(c):
    i = 0
    while i < 26:
        if UPPER[i] == c:
            return LOWER[i]
        i += 1
    return c


def normalize(text):
    out = ""
    for c in text:
        c = to_lower_char(c)
        if c in LOWER or c in "0123456789":
            out += c
    return out


def is_palindrome(text):
    clean = normalize(text)
    i = 0
    j = len(clean) - 1
    while i < j:
        if clean[i] != clean[j]:
            return False
        i += 1
        j -= 1
    return True


print(is_palindrome("A man, a plan, a canal: Panama"))
print(is_palindrome("Was it a car or a cat I saw?"))
print(is_palindrome("No lemon, no melon"))
print(is_palindrome("Hello, World"))
print(is_palindrome(""))
print(normalize("Step on no pets!"))


def longest_palindrome(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            sub = s[i:j]
            if len(sub) > len(best) and sub == sub[::-1]:
                best = sub
    return best


print(longest_palindrome("babad"), longest_palindrome("forgeeksskeegfor"))
