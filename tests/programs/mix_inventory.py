# Inventory system using dataclasses with default_factory, order=True sorting, dict grouping and comprehensions
from dataclasses import dataclass, field

@dataclass(order=True)
class Item:
    price: float
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)

class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item, tags):
        item.tags.extend(tags)
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def remove(self, name, qty):
        if name not in self.items:
            raise KeyError(name)
        it = self.items[name]
        if it.qty < qty:
            raise ValueError(f"only {it.qty} {name} left")
        it.qty -= qty
        if it.qty == 0:
            del self.items[name]

    def __len__(self):
        return len(self.items)

    def __contains__(self, name):
        return name in self.items

    def value(self):
        return sum(it.price * it.qty for it in self.items.values())

    def by_tag(self):
        groups = {}
        for it in self.items.values():
            for t in it.tags:
                groups.setdefault(t, []).append(it.name)
        return groups

inv = Inventory()
inv.add(Item(2.5, "apple", 10), ["fruit", "red"])
inv.add(Item(0.25, "nail", 500), ["hardware"])
inv.add(Item(1.75, "pear", 4), ["fruit"])
inv.add(Item(2.5, "apple", 5), [])
inv.add(Item(12.0, "hammer", 2), ["hardware", "tool"])
print(len(inv), "apple" in inv, "kiwi" in inv)
for name, qty in [("pear", 4), ("kiwi", 1), ("hammer", 5), ("nail", 100)]:
    try:
        inv.remove(name, qty)
        print("removed", qty, name)
    except KeyError as e:
        print("missing", e)
    except ValueError as e:
        print("error:", e)
print(f"value = {inv.value():.2f}")
for it in sorted(inv.items.values()):
    print(it)
groups = inv.by_tag()
for tag in sorted(groups):
    print(tag, "->", ", ".join(sorted(groups[tag])))
cheap = {n: it.qty for n, it in inv.items.items() if it.price < 5}
print(cheap)
print(max(inv.items.values(), key=lambda i: i.qty * i.price).name)
print(Item(1.0, "a") < Item(1.0, "b"), Item(3.0, "a") == Item(3.0, "a"))
