# Padding and alignment methods.
for w in ("a", "ab", "abc", "", "héé"):
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5, "*") + "]", "[" + w.center(6) + "]", "[" + w.center(5, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2), "".zfill(3))
print("x".center(4), "xy".center(5), "xyz".center(6), "long text".center(3))
for n in (1, 22, 333):
    print(str(n).rjust(4) + " | " + ("#" * n if n < 30 else "many").ljust(10) + "|")
