# Sorting 250,000 (int, str, int) tuples, plainly and by key.
x = 1
rows = []
for i in range(250_000):
    x = (x * 1103515245 + 12345) % 2147483648
    rows.append((x % 1000, "k" + str(x % 7919), i))
rows.sort()
print(rows[0], rows[-1], rows[125_000])
by_name = sorted(rows, key=lambda r: r[1])
print(by_name[0], by_name[-1])
