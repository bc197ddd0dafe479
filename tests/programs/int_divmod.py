# divmod returns quotient and remainder with floor semantics.

def split_minutes(total):
    h, m = divmod(total, 60)
    print(total, "minutes is", h, "h", m, "min")


split_minutes(135)
split_minutes(59)
split_minutes(60)
split_minutes(0)

q, r = divmod(17, 5)
print(q, r)
q, r = divmod(-17, 5)
print(q, r)
q, r = divmod(17, -5)
print(q, r)
q, r = divmod(-17, -5)
print(q, r)

# convert to base 7 using divmod
n = 2024
digits = ""
while n > 0:
    n, d = divmod(n, 7)
    digits = str(d) + digits
print("2024 in base 7:", digits)

# float divmod
q, r = divmod(7.5, 2)
print(q, r)
q, r = divmod(-7.5, 2)
print(q, r)
q, r = divmod(10, 0.75)
print(q, r)
