# @property with @name.setter: assignments go through the setter (validation, derived
# values), reads through the getter; setters raising exceptions; inherited properties.
class Temperature:
    def __init__(self, celsius):
        self._celsius = 0.0
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25.0)
print(t.celsius, t.fahrenheit)  # 25.0 77.0
t.fahrenheit = 212.0
print(t.celsius)  # 100.0
t.celsius = -40.0
print(t.fahrenheit)  # -40.0
try:
    t.celsius = -300.0
except ValueError as e:
    print("rejected:", e)
print(t.celsius)


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, amount):
        self.history.append(amount - self._balance)
        self._balance = amount


class Savings(Account):
    def add_interest(self):
        self.balance = self.balance + self.balance // 10


s = Savings("ann")
s.balance = 100
s.add_interest()
s.balance += 5
print(s.owner, s.balance, s.history)  # ann 115 [100, 10, 5]
