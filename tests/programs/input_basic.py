# input() reads one line from stdin without the newline.
# stdin: Alice
# stdin: 30
name = input()
age = int(input())
print("Hello,", name)
print("In ten years you will be", age + 10)
print(len(name), name[::-1])
