# Event bus with subscriber callbacks, closures with nonlocal counters, decorators and a frozen dataclass event
from dataclasses import dataclass

@dataclass(frozen=True)
class Event:
    topic: str
    payload: int

class EventBus:
    def __init__(self):
        self.subs = {}
        self.delivered = 0

    def subscribe(self, topic, fn):
        self.subs.setdefault(topic, []).append(fn)

    def publish(self, ev):
        handlers = self.subs.get(ev.topic, []) + self.subs.get("*", [])
        results = []
        for h in handlers:
            try:
                results.append(h(ev))
                self.delivered += 1
            except ValueError as e:
                results.append(f"error({e})")
        return results

def make_counter(label):
    count = 0
    def handler(ev):
        nonlocal count
        count += 1
        return f"{label}#{count}:{ev.payload}"
    return handler

def logged(f):
    def wrapper(ev):
        out = f(ev)
        print(f"  log: {ev.topic} -> {out}")
        return out
    return wrapper

@logged
def audit(ev):
    return ev.topic.upper()

def strict(ev):
    if ev.payload < 0:
        raise ValueError(f"negative {ev.payload}")
    return str(ev.payload * 2)

bus = EventBus()
bus.subscribe("order", make_counter("orders"))
bus.subscribe("order", strict)
bus.subscribe("refund", make_counter("refunds"))
bus.subscribe("*", audit)
events = [Event("order", 5), Event("refund", 2), Event("order", -1), Event("ping", 0), Event("order", 7)]
for ev in events:
    print(ev, "=>", bus.publish(ev))
print("delivered", bus.delivered)
print(Event("a", 1) == Event("a", 1), len({Event("a", 1), Event("a", 1), Event("b", 1)}))
try:
    events[0].payload = 99
except AttributeError as e:
    print("frozen:", type(e).__name__)
totals = {}
for ev in events:
    totals[ev.topic] = totals.get(ev.topic, 0) + ev.payload
print(sorted(totals.items()))
