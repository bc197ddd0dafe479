# An inventory: a dict of objects, Optional lookups, custom exceptions, sorting by methods.
class OutOfStock(Exception):
    pass


class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)

    def take(self, name, qty):
        item = self.items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise OutOfStock(f"only {item.qty} {name} left")
        item.qty -= qty
        return item.price * qty

    def report(self):
        rows = sorted(self.items.values(), key=lambda it: (-it.value(), it.name))
        return [f"{it.name:<8}{it.qty:>4}{it.value():>10.2f}" for it in rows]


inv = Inventory()
inv.add("apple", 0.5, 100)
inv.add("pear", 0.75, 40)
inv.add("apple", 0.5, 20)
inv.add("melon", 3.0, 5)
orders = [("apple", 30), ("melon", 6), ("kiwi", 1), ("pear", 40)]
revenue = 0.0
for name, qty in orders:
    try:
        revenue += inv.take(name, qty)
    except OutOfStock as e:
        print("cannot sell:", e)
    except KeyError as e:
        print("no such item:", e)
print(f"revenue {revenue:.2f}")
for line in inv.report():
    print(line)
print(sorted(inv.items.values(), key=lambda it: it.name))
