# The `in` operator on strings (substring test).

s = "the quick brown fox"
print("quick" in s, "slow" in s, "" in s, "fox" in s, "T" in s)
print("q" not in s, "z" not in s)


def count_vowels(text):
    count = 0
    for c in text:
        if c in "aeiouAEIOU":
            count += 1
    return count


print(count_vowels("Hello World"), count_vowels("rhythm"), count_vowels("AEIOU"))


def classify(c):
    if c in "0123456789":
        return "digit"
    elif c in "abcdefghijklmnopqrstuvwxyz":
        return "lower"
    elif c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        return "upper"
    elif c in " \t\n":
        return "space"
    return "other"


for c in "aZ9 !":
    print(c, classify(c))
print("ö" in "Köln", "日本" in "日本語")
