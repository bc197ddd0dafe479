# Conditional expressions.

for n in range(-2, 3):
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)


def plural(word, count):
    return word if count == 1 else word + "s"


for c in range(0, 4):
    print(c, plural("apple", c))
x = 15
print("big" if x > 10 else "small", x if x % 2 else -x)
parity = "even" if x % 2 == 0 else "odd"
print(parity)
y = (x * 2 if x < 10 else x // 2) + 1
print(y)
print(max(3, 8) if True else 0)
