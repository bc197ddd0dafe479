# exit: 1
# stderr: ValueError: negative balance: -1
# A property setter that raises: the traceback marks the assigned attribute, as CPython
# does (also for an augmented assignment and an attribute of an item).
class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, x):
        if x < 0:
            raise ValueError(f"negative balance: {x}")
        self._balance = x


acct = Account()
acct.balance = 30
acct.balance -= 10
print(acct.balance)
for amount in [5, 50]:
    try:
        acct.balance -= amount
    except ValueError as e:
        print("refused:", e)
accounts = [acct]
print(accounts[0].balance)
accounts[0].balance = -1
