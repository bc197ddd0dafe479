# Comparison operators, including chained comparisons.

a = 3
b = 7
print(a < b, a > b, a <= 3, a >= 4, a == 3, a != 3)
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 < 2 > 0)
print(0 <= a < 10, 0 <= b < 5)
print(1 == 1.0, 2 < 2.5, -1 > -1.5)


def grade(score):
    if 90 <= score <= 100:
        return "A"
    elif 80 <= score < 90:
        return "B"
    elif 70 <= score < 80:
        return "C"
    elif 0 <= score < 70:
        return "F"
    else:
        return "invalid"


for s in range(-5, 111, 15):
    print(s, grade(s))


def calls(n):
    print("evaluating", n)
    return n


# the middle operand is evaluated only once; chain short-circuits
print(calls(1) < calls(2) < calls(3))
print(calls(5) < calls(2) < calls(9))

x = 5
in_range = 1 <= x <= 10 != x
print(in_range)
