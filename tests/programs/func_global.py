# The global statement lets functions rebind module-level names.

counter = 0
total = 0.0
log = ""


def increment():
    global counter
    counter += 1


def add_to_total(x):
    global total, log
    total += x
    log = log + str(x) + ";"


def read_counter():
    return counter


def reset():
    global counter
    counter = 0


for i in range(5):
    increment()
print(counter, read_counter())
add_to_total(1.5)
add_to_total(2.25)
print(total, log)
reset()
print(counter)
increment()
print(read_counter())

calls = 0


def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15), "computed with", calls, "calls")


def shadow():
    counter = 100
    return counter


print(shadow(), counter)
