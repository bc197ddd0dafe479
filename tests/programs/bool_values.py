# Booleans as values: printing, comparison results, truthiness in conditions.

def is_even(n):
    return n % 2 == 0


t = True
f = False
print(t, f)
print(t == True, f == False, t != f)
print(str(t) + "/" + str(f))
print(is_even(4), is_even(7))
print(3 > 2, 2 > 3, "a" < "b")

found = False
for i in range(10):
    if i * i > 40:
        found = True
        break
print("found square over 40:", found, "at", i)

flag = 1 < 2
if flag:
    print("flag set")
if not is_even(5):
    print("five is odd")

evens = 0
for n in range(1, 21):
    if is_even(n):
        evens += 1
print(evens, "even numbers")
print(f"{t} {f!r} {is_even(2)}")
