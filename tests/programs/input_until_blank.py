# Reading words until an empty line; Unicode input.
# stdin: grüße
# stdin: 日本
# stdin: plain
# stdin:
# stdin: ignored
words = 0
chars = 0
while True:
    line = input()
    if line == "":
        break
    words += 1
    chars += len(line)
    print(f"{line!r} has {len(line)} characters")
print(words, "words,", chars, "characters")
