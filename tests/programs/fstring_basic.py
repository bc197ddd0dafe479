# f-strings interpolating expressions of every type.

name = "Ada"
age = 36
height = 1.65
print(f"{name} is {age} years old and {height} m tall")
print(f"next year: {age + 1}, in months: {age * 12}")
print(f"{name}{name}", f"{'inline'}", f"{True} {None} {0.1 + 0.2}")
print(f"{{literal braces}} {age}")
print(f"")
print(f"no placeholders")


def square(n):
    return n * n


for i in range(1, 5):
    print(f"{i} squared is {square(i)}; half is {i / 2}")
print(f"{name[0]}.{name[-1]} {len(name)} {name[::-1]}")
print(f"{'yes' if age % 2 == 0 else 'no'}")
print(f"{-age} {age // 5} {age % 5} {2 ** 8}")
