# Case conversion and classification methods, ASCII and beyond.
words = ("hello world", "PyExe Compiler", "straße", "ǅemal", "they're bill's", "ΟΔΟΣ", "123abc", "", "   ")
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ("abc", "ABC", "Abc", "123", "²", "½", "a1", " \t\n", "", "Hello World", "x_1", "1x", "tab\t", "é"):
    print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower(),
          w.isdecimal(), w.isnumeric(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
