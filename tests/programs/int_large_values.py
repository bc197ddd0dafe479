# Values near the 64-bit limits that still fit (no overflow).

MAX = 9223372036854775807
MIN = -9223372036854775807 - 1
print(MAX)
print(MIN)
print(MAX - 1, MIN + 1)
print(MAX // 2, MIN // 2)
print(MAX % 10, MIN % 10)
print(-MAX)
print(MAX + MIN)
print(MIN // -3)
print(MAX // -1)
print(1 << 62, (1 << 62) + ((1 << 62) - 1))
print(str(MAX), len(str(MIN)))
print(3037000499 * 3037000499)
print(MAX > MIN, MIN < 0 < MAX)

# factorials up to 20! fit in 64 bits
f = 1
for i in range(1, 21):
    f *= i
    print(i, f)
print(f"{MAX:,}")
print(hex(MIN))
