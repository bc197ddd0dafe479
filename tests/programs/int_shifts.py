# Left and right shifts; right shift of negatives rounds toward -infinity.

print(1 << 0, 1 << 1, 1 << 10, 1 << 62)
print(5 << 3)
print(-5 << 3)
print(256 >> 4, 255 >> 4, 1 >> 1)
print(-1 >> 1, -7 >> 1, -8 >> 2, -9 >> 2)
print(9223372036854775807 >> 60)
print(-9223372036854775807 >> 62)
print(12345 >> 100)
print(-12345 >> 100)

x = 1
for i in range(8):
    print(x, end=" ")
    x <<= 3
print()

y = 1000000
while y > 0:
    print(y, end=" ")
    y >>= 2
print()


def bit_length(n):
    length = 0
    while n > 0:
        n >>= 1
        length += 1
    return length


for n in range(0, 40, 5):
    print(n, "needs", bit_length(n), "bits")
