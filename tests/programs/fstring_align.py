# Aligning strings and numbers in columns.

def line(item, qty, price):
    return f"{item:<12}|{qty:>4}|{price:>9.2f}|"


print(f"{'item':<12}|{'qty':>4}|{'price':>9}|")
print("-" * 28)
print(line("apple", 3, 0.5))
print(line("watermelon", 1, 3.25))
print(line("grapes", 12, 11.999))
print(f"{'centered':^20}|")
print(f"{'x':*^7}|{'y':_<5}|{'z':.>5}|")
print(f"{'toolongstring':5}|")
print(f"{'ab':3}|{'':4}|")
print(f"{'héllo':>8}|{'日本':^6}|")
print(f"{str(True):>6}|{str(None):>6}|")
