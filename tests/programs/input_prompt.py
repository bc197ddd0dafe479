# input(prompt) writes the prompt to stdout without a newline.
# stdin: 12
# stdin: 3.5
a = int(input("Enter an integer: "))
b = float(input("Enter a float: "))
print()
print(f"{a} * {b} = {a * b}")
