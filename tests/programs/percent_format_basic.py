# printf-style formatting with the % operator.

name = "world"
count = 3
ratio = 2 / 3
print("hello %s" % name)
print("%d items" % count)
print("%d %s %.2f" % (count, name, ratio))
print("%s and %s" % ("salt", "pepper"))
print("%s %s %s" % (1.5, True, None))
print("%i%%" % 75)
print("%x %X %o" % (255, 255, 8))
print("%e" % 12345.678)
print("%.3e" % 0.000123)
print("%g %g %g" % (0.0001, 1234567.0, 100.0))
print("%f" % 3.14159)
print("%.0f %.1f" % (2.5, 0.05))
print("%r" % "quoted")
print("%d" % -42)
print("%s" % 3.0)
print("%d" % 3.99)


def report(label, value, total):
    return "%s: %d of %d (%.1f%%)" % (label, value, total, value * 100 / total)


print(report("passed", 45, 50))
print(report("failed", 5, 50))
for i in range(1, 4):
    print("row %d: %s" % (i, "#" * i))
