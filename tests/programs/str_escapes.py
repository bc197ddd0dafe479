# Escape sequences in string literals.

print("tab:\tend")
print("newline:\nsecond line")
print("backslash: \\")
print("quotes: \" and \'")
print('single \'quoted\' "double" inside')
print("unicode: \u00e9 \u4e2d \U0001F600")
print("hex: \x41\x42\x43")
print("octal: \101\102")
print(len("\t\n\\"))
print("bell-free\r\nwindows line")
print(r"raw \n string \t kept")
print("""triple
quoted
string""")
print('''another
one''')
print("implicit " "concatenation " 'works')
s = "a\tb"
print(len(s), s[1] == "\t")
