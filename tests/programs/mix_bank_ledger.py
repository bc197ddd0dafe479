# Bank accounts with inheritance, custom exceptions with attributes, properties and a transaction ledger
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class FrozenAccount(Exception):
    pass

class Account:
    next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(self.owner)
        if amount > self._balance + self.overdraft():
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))

    def overdraft(self):
        return 0.0
    def month_end(self):
        return 0.0
    def __str__(self):
        return f"#{self.id} {self.owner}: {self._balance:.2f}"

class Checking(Account):
    def overdraft(self):
        return 100.0
class Savings(Account):
    rate = 0.05
    def month_end(self):
        interest = round(self._balance * Savings.rate, 2)
        self.deposit(interest)
        return interest

accounts = [Account("ann", 50.0), Checking("bob", 20.0), Savings("cy", 1000.0)]
ops = [(0, "wd", 70.0), (1, "wd", 90.0), (1, "wd", 50.0), (2, "dep", 25.5), (0, "dep", 5.0)]
for idx, kind, amt in ops:
    acct = accounts[idx]
    try:
        if kind == "wd":
            acct.withdraw(amt)
        else:
            acct.deposit(amt)
    except InsufficientFunds as e:
        print(f"{acct.owner} failed: {e} (short by {e.needed - e.available:.2f})")
    else:
        print(f"ok {kind} {amt} -> {acct}")
for a in accounts:
    if isinstance(a, Savings):
        print("interest", a.month_end())
accounts[0].frozen = True
try:
    accounts[0].deposit(1.0)
except (FrozenAccount, InsufficientFunds) as e:
    print("error", type(e).__name__, e)
for a in sorted(accounts, key=lambda a: a.balance):
    print(a, len(a.history), [k for k, _ in a.history])
print(f"total {sum(a.balance for a in accounts):.2f}")
