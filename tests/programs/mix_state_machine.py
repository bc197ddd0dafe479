# Traffic-light / vending state machine with transition tables, functions in dicts and an event log
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot '{event}' in state {state}")
        self.state = state
        self.event = event

class Machine:
    def __init__(self, name, start, table):
        self.name = name
        self.state = start
        self.table = table
        self.log = []
        self.hooks = {}

    def on_enter(self, state, fn):
        self.hooks[state] = fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.table:
            raise InvalidTransition(self.state, event)
        old = self.state
        self.state = self.table[key]
        self.log.append(f"{old}-{event}->{self.state}")
        if self.state in self.hooks:
            self.hooks[self.state](self)

    def __repr__(self):
        return f"Machine({self.name!r}, state={self.state!r})"

vend_table = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "dispensing",
    ("dispensing", "done"): "idle",
    ("paid", "refund"): "idle",
}
coins = [0]
def count_coin(m):
    coins[0] += 1
def dispense(m):
    print(f"  [{m.name}] dispensing after {coins[0]} coin(s)")
    coins[0] = 0

vm = Machine("vendor", "idle", vend_table)
vm.on_enter("paid", count_coin)
vm.on_enter("dispensing", dispense)
for ev in ["coin", "coin", "select", "done", "select", "coin", "refund", "done"]:
    try:
        vm.fire(ev)
        print(ev, "=>", vm.state)
    except InvalidTransition as e:
        print("rejected:", e, "| state kept:", e.state)
print(vm)
print(" ; ".join(vm.log))

light = Machine("light", "red", {("red", "t"): "green", ("green", "t"): "yellow", ("yellow", "t"): "red"})
seen = []
for _ in range(7):
    light.fire("t")
    seen.append(light.state[0].upper())
print("".join(seen))
counts = {}
for entry in light.log:
    dest = entry.split("->")[1]
    counts[dest] = counts.get(dest, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
