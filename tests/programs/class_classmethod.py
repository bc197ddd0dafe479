# @classmethod alternative constructors: cls(...) builds the class, cls.method(...) too.
class Date:
    EPOCH = 1970

    def __init__(self, y, m, d):
        self.y = y
        self.m = m
        self.d = d

    @classmethod
    def parse(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

    @classmethod
    def today_like(cls):
        return cls.parse("2024-02-29")

    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


print(Date.parse("2023-7-4"), Date.today_like(), Date.parse("1999-12-31").y)
d = Date(2000, 1, 1)
print(d.parse("2001-2-3"))
