# hex, bin and oct of positive and negative ints.

for n in range(0, 20, 3):
    print(n, hex(n), bin(n), oct(n))
print(hex(255), hex(-255), hex(4096))
print(bin(-5), oct(-8), oct(64))
print(hex(9223372036854775807))
print(bin(1023))
print(0x1F, 0o17, 0b101, 0XAB, 1_000_000)


def show_color(r, g, b):
    value = (r << 16) | (g << 8) | b
    print("color", r, g, b, "=", hex(value))


show_color(255, 128, 0)
show_color(0, 0, 255)
show_color(18, 52, 86)
