# Digit manipulation with % and //.

def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def reverse_number(n):
    result = 0
    while n > 0:
        result = result * 10 + n % 10
        n //= 10
    return result


def is_armstrong(n):
    k = len(str(n))
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** k
        m //= 10
    return total == n


print(digit_sum(12345), digit_sum(0), digit_sum(999999999))
print(reverse_number(12345), reverse_number(1200), reverse_number(7))
found = 0
for n in range(1, 10000):
    if is_armstrong(n):
        print("armstrong:", n)
        found += 1
print(found, "found")

# digital root
n = 987654321
while n >= 10:
    n = digit_sum(n)
print("digital root:", n)

palindromes = 0
for n in range(10, 1000):
    if n == reverse_number(n):
        palindromes += 1
print("palindromic numbers 10..999:", palindromes)
