# Closures with nonlocal: each call of the factory gets its own counter.
def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


a = make_counter(0)
b = make_counter(100)
a()
a()
b(5)
print(a(), b())  # 3 106
print(a(10))  # 13


def bank(balance):
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("deposit", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: {balance} < {x}")
        balance -= x
        history.append(("withdraw", x))
        return balance

    deposit(50)
    withdraw(30)
    try:
        withdraw(1000)
    except ValueError as e:
        print("refused:", e)
    return balance, history


print(bank(10))
