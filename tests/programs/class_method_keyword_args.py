# Keyword arguments, keyword-only parameters and *args in calls of the program's methods.

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount, note="deposit"):
        self.balance += amount
        self.log.append(note)
        return self.balance

    def transfer(self, other, amount, *, fee=0, note="transfer"):
        self.balance -= amount + fee
        other.deposit(amount, note=note)
        return self.balance

    def tag(self, first, *more):
        return first + ":" + ",".join(more)


a = Account("ann", 100)
b = Account(owner="bob")
print(a.deposit(50, note="salary"), a.deposit(amount=5))
print(a.transfer(b, 30, fee=1), a.transfer(b, amount=10, note="gift"))
print(b.balance, b.log, a.log)
print(a.tag("x"), a.tag("x", "y", "z"))
