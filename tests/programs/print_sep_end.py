# print() with sep= and end= keyword arguments.

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" -- continued")
print("x", end="!\n")
print(1, 2, 3, sep=" < ", end=" ...\n")
print()
print("", end="")
print(sep="-")
print("only", end=" ")
print("words", end=" ")
print("here")
for i in range(5):
    print(i, end=" " if i < 4 else "\n")
print(1.5, True, None, "s", sep="|")
separator = "::"
print("k", "v", sep=separator)
print("multi", "end", end="\n\n")
print("after blank line")
