# else clauses on for and while loops run only without break.

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        print("  (loop ran to completion for", n, ")")
    return True


for n in range(0, 12):
    print(n, is_prime(n))

for i in range(3):
    print("looping", i)
else:
    print("for-else ran")

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)

n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)

while True:
    break
else:
    print("not printed")

target = "x"
for c in "hello":
    if c == target:
        print("found")
        break
else:
    print("no", target, "in hello")
