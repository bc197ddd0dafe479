# Pascal's triangle via binomial coefficients.

def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


rows = 12
width = len(str(binomial(rows - 1, (rows - 1) // 2))) + 1
for n in range(rows):
    line = " " * ((rows - n - 1) * width // 2)
    for k in range(n + 1):
        line += f"{binomial(n, k):>{width}}"
    print(line)
print(binomial(60, 30))
print(binomial(50, 3), binomial(10, 11), binomial(5, -1))
