# Bitwise and, or, xor and invert on ints (two's complement semantics).

a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b)
print(~a, ~0, ~-1, ~255)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 255)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)


def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


for n in range(0, 17):
    print(n, bin(n), popcount(n))


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


for n in range(1, 70, 7):
    print(n, is_power_of_two(n))
print(is_power_of_two(1024), is_power_of_two(1023))

flags = 0
READ = 1
WRITE = 2
EXEC = 4
flags |= READ
flags |= EXEC
print("flags", flags, "can write:", flags & WRITE != 0, "can exec:", flags & EXEC != 0)
flags ^= EXEC
flags &= ~READ
print("flags now", flags)
