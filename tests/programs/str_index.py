# Indexing strings with positive and negative indices.

s = "python"
print(s[0], s[1], s[5])
print(s[-1], s[-2], s[-6])
print(s[len(s) - 1])
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1


def first_and_last(word):
    return word[0] + word[-1]


print(first_and_last("hello"), first_and_last("x"), first_and_last("ab"))
u = "héllo wörld"
print(u[1], u[7], u[-4])
emoji = "a😀b"
print(emoji[1], emoji[2], len(emoji))
print("abc"[1])
