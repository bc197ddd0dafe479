# Classes that hold containers and other instances; exceptions raised in methods.
# exit: 1
# stderr: InsufficientFunds: bob has only 50.50
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def __str__(self):
        return f"{self.owner}: {self.balance:.2f} ({len(self.history)} ops)"


class Bank:
    def __init__(self):
        self.accounts = []

    def open(self, owner, amount):
        acct = Account(owner)
        acct.deposit(amount)
        self.accounts.append(acct)
        return acct

    def total(self):
        return sum(a.balance for a in self.accounts)

    def richest(self):
        return max(self.accounts, key=lambda a: a.balance)


bank = Bank()
alice = bank.open("alice", 100.0)
bob = bank.open("bob", 50.5)
alice.withdraw(30)
try:
    bob.withdraw(80)
except InsufficientFunds as e:
    print("refused:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("refused:", e)
for a in bank.accounts:
    print(a, a.history)
print(bank.total(), bank.richest().owner)
names = sorted(a.owner for a in bank.accounts)
print(names)
bob.withdraw(1000)
