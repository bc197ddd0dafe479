# error: type-mismatch
# line: 5
name = "Bob"
age = 30
print(name + " is " + age)
