# Spelling out numbers in English.

def ones(n):
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    if n == 3:
        return "three"
    if n == 4:
        return "four"
    if n == 5:
        return "five"
    if n == 6:
        return "six"
    if n == 7:
        return "seven"
    if n == 8:
        return "eight"
    if n == 9:
        return "nine"
    return ""


def teens(n):
    names = "ten       eleven    twelve    thirteen  fourteen  fifteen   sixteen   seventeen eighteen  nineteen  "
    raw = names[(n - 10) * 10:(n - 10) * 10 + 10]
    end = len(raw)
    while end > 0 and raw[end - 1] == " ":
        end -= 1
    return raw[:end]


def tens(n):
    names = "        twenty  thirty  forty   fifty   sixty   seventy eighty  ninety  "
    raw = names[(n - 1) * 8:n * 8]
    end = len(raw)
    while end > 0 and raw[end - 1] == " ":
        end -= 1
    return raw[:end]


def words(n):
    if n == 0:
        return "zero"
    out = ""
    if n >= 1000:
        out += words(n // 1000) + " thousand"
        n %= 1000
        if n:
            out += " "
    if n >= 100:
        out += ones(n // 100) + " hundred"
        n %= 100
        if n:
            out += " and "
    if n >= 20:
        out += tens(n // 10)
        if n % 10:
            out += "-" + ones(n % 10)
    elif n >= 10:
        out += teens(n)
    elif n > 0:
        out += ones(n)
    return out


for n in range(0, 25, 3):
    print(n, words(n))
print(words(99), "|", words(100), "|", words(342), "|", words(1001), "|", words(987654))
letters = 0
for n in range(1, 1001):
    for c in words(n):
        if c != " " and c != "-":
            letters += 1
print("letters used for 1..1000:", letters)
