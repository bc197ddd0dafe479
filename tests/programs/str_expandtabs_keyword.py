# str.expandtabs takes tabsize by keyword.
print("a\tb".expandtabs(tabsize=4))
