# Caesar cipher by looking letters up in an alphabet string.

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def index_of(c, alphabet):
    for i in range(len(alphabet)):
        if alphabet[i] == c:
            return i
    return -1


def shift(text, k):
    out = ""
    for c in text:
        i = index_of(c, ALPHABET)
        if i < 0:
            out += c
        else:
            out += ALPHABET[(i + k) % 26]
    return out


message = "attack at dawn, bring 3 torches"
secret = shift(message, 3)
print(secret)
print(shift(secret, -3))
print(shift("xyz", 4))
print(shift(shift("round trip", 13), 13))
for k in range(0, 27, 5):
    print(k, shift("hello", k))
