# str.format on literal templates: auto and manual numbering, keywords, specs, nesting.
name = "Ada"
n = 3
x = 2.5
print("Hello, {}! You have {} new messages.".format(name, n))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age:>4} years; pi~{pi:.3f}".format(name="Bob", age=42, pi=3.14159))
print("{:*^11}|{:+d}|{!r}|{x}".format("mid", 7, "q", x=x))
print("{{literal}} and {} {:{w}.{p}f}".format(1, 3.14159, w=10, p=2))
def f():
    print("called f")
    return 5
print("{1}-{0}".format(f(), "second"))
print("".format(), "{}".format(None), "{:>6}".format(True))
