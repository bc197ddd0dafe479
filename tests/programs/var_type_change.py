# A variable may hold values of different types over time.

total = 0
print(total)
total += 0.5
print(total)

x = 5
print(x, x * 2)
x = "five"
print(x, x * 2)
x = 5.0
print(x, x * 2)
x = True
print(x)
x = None
print(x)

value = 10
for step in range(3):
    value = value / 2
    print(value)

result = 1
for i in range(1, 5):
    result = result * i
print(result)
result = str(result) + "!"
print(result)

n = "42"
n = int(n)
print(n + 1)
n = float(str(n))
print(n / 8)
