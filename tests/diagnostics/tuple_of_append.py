# error: unknown-attribute
# line: 4
t = tuple("ab")
t.append("c")
