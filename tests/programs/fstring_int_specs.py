# Integer format specs: width, zero padding, sign, bases.

n = 42
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{n:05d}|{-n:05d}|{n:+d}|{-n:+d}|{n: d}|")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|")
print(f"{n:#x}|{n:#X}|{n:#o}|{n:#b}|")
print(f"{255:08b}|{255:#010x}|{-255:x}|{-255:#x}|")
print(f"{n:d}|{0:d}|{-0:d}|")
print(f"{n:*^9}|{n:-<6}|{n:0>4}|")
print(f"{n:.2f}|{n:g}|{n:10.3f}|")
print(f"{9223372036854775807:d}|{9223372036854775807:x}")
print(f"{n:=+6d}|{-n:=6d}|")


def row(i):
    return f"{i:3d} {i * i:5d} {i * i * i:7d} {i:08b} {i * 17:4x}"


for i in range(1, 11):
    print(row(i))
