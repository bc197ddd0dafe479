# Width, alignment and padding flags in %-formatting.

n = 42
print("[%5d]" % n)
print("[%-5d]" % n)
print("[%05d]" % n)
print("[%+d]" % n)
print("[% d]" % n)
print("[%5d]" % -n)
print("[%05d]" % -n)
print("[%8.3f]" % 3.14159)
print("[%-8.2f]" % 3.14159)
print("[%08.2f]" % -3.14159)
print("[%10s]" % "right")
print("[%-10s]" % "left")
print("[%.3s]" % "truncate")
print("[%#x] [%#o]" % (255, 8))
print("[%10.3e]" % 123456.0)


def table_row(name, qty, price):
    return "%-10s %4d %8.2f" % (name, qty, price)


print(table_row("apples", 3, 1.5))
print(table_row("kiwis", 12, 0.25))
print(table_row("melon", 1, 4.0))
for width in range(1, 6):
    print("%3d|%-3d|%03d" % (width, width * 11, width * 7))
