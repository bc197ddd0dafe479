flags = [True, False, True]
print(flags, any(flags), all(flags), sum(flags), flags.count(True))
flags[1] = True
print(all(flags), [not f for f in flags], flags * 2)
bits = [n % 3 == 0 for n in range(10)]
print(bits, bits.index(True, 1))
