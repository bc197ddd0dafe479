# Closures as callbacks: key functions, event handlers, filters.
def sort_by_distance(points, origin):
    ox, oy = origin
    return sorted(points, key=lambda p: (p[0] - ox) ** 2 + (p[1] - oy) ** 2)


print(sort_by_distance([(5, 5), (1, 1), (3, 2)], (0, 0)))
print(sort_by_distance([(5, 5), (1, 1), (3, 2)], (4, 4)))


class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self):
        for h in self.handlers:
            h(self.label)


def wire():
    clicks = []
    b = Button("ok")
    b.on_click(lambda label: clicks.append("first " + label))

    def second(label):
        clicks.append("second " + label.upper())

    b.on_click(second)
    b.click()
    b.click()
    return clicks


print(wire())


def keep(xs, threshold):
    def big(x):
        return x > threshold
    return [x for x in xs if big(x)]


print(keep([3, 8, 1, 9, 4], 3))
