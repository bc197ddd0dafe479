# Indexing past the end of a string raises IndexError.
# exit: 1
# stderr: IndexError: string index out of range
word = "abc"
i = 0
while True:
    print(word[i])
    i += 1
