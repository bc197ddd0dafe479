counts = [0] * 5
for c in "0112344444":
    counts[int(c)] += 1
print(counts)
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
m[0][-1] -= 5
print(m)
