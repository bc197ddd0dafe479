# round(x, n) of a variable that holds an int or a float (sum() of floats starts from the
# int 0): decided at run time, as CPython.
prices = [19.99, 5.25, 3.333]
total = sum(prices)
print(round(total, 2), round(sum([1, 2, 3]), 1), round(sum([]), 2))  # 28.57 6 0
avg = 0
for p in prices:
    avg += p / len(prices)
print(round(avg, 3))  # 9.524
counts = [3, 4]
print(round(sum(counts) / 2, 1), round(sum(counts), -1))  # 3.5 10
x = 0
x = x + 2.675
print(round(x, 2))  # 2.67 (binary floating point, as CPython)
y = None
if len(prices) > 10:
    y = 1
try:
    print(round(y, 1))
except TypeError as e:
    print("TypeError:", e)
