# Variables that hold values of different types over time behave as in CPython.

total = 0
print(total)
for i in range(1, 5):
    total += i / 2
print(total)

count = 0
count += True
print(count, count + 1)

result = None
for word in ("alpha", "beta", "gamma"):
    if len(word) == 4:
        result = word
print("found:", result)

x = 10
print(x // 3)
x = x / 4
print(x)
x = "now a string"
print(x, len(x))

def mean(a, b):
    avg = a + b
    avg = avg / 2
    return avg

print(mean(1, 3), mean(2.5, 3))
best = 0
for score in (3, 7.5, 2):
    if score > best:
        best = score
print("best", best, f"{best:>6}", best * 2)
