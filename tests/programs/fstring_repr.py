# The !r and !s conversions.

s = "hello"
print(f"{s!r} {s!s} {s}")
apostrophe = "it's"
print(f"{apostrophe!r}")
both = "say \"it's\""
print(f"{both!r}")
quote = 'say "hi"'
print(f"{quote!r}")
ctrl = "tab\there\nnewline\\back"
print(f"{ctrl!r}")
uni = "café 日本 😀"
print(f"{uni!r}")
empty = ""
print(f"{empty!r}")
print(f"{42!r} {2.5!r} {True!r} {None!r}")
print(f"{s!r:>10}|{s!r:<10}|")


def show(label, value):
    print(f"{label}: {value!r}")


show("name", "Bob")
show("path", "C:\\temp")
show("bell", "\x07\x7f")
