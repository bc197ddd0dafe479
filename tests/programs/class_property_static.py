# @property getters and @staticmethod (through the class, self or an instance).
class Temperature:
    SCALE = "C"

    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @property
    def label(self):
        return f"{self.celsius}{Temperature.SCALE}"

    @staticmethod
    def from_text(text):
        return Temperature(float(text.rstrip("C")))

    @staticmethod
    def valid(c):
        return c >= -273.15

    def check(self):
        return self.valid(self.celsius) and Temperature.valid(self.celsius)


t = Temperature.from_text("21.5C")
print(t.celsius, t.fahrenheit, t.label, t.check())
print(Temperature.valid(-300), [Temperature(c).fahrenheit for c in (0, 100)])
cold = Temperature(-300)
print(cold.check())
