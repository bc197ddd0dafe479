# Reading a count and then that many numbers.
# stdin: 5
# stdin: 10
# stdin: -3
# stdin:   7  
# stdin: 22
# stdin: 0
count = int(input())
total = 0
smallest = 0
for i in range(count):
    v = int(input())
    if i == 0 or v < smallest:
        smallest = v
    total += v
print("count", count, "total", total, "min", smallest, "mean", total / count)
