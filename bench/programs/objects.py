# Many small objects with methods: particles of three classes (virtual dispatch through a
# hierarchy) stepped through a simple simulation, allocating a Vec per operation.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i % 17 * 1.0, i % 31 * 1.0)
        self.vel = Vec((i % 7 - 3) * 0.5, (i % 5 - 2) * 0.25)
        self.hits = 0

    def drag(self):
        return 1.0

    def step(self, dt):
        self.pos = self.pos + self.vel.scaled(dt * self.drag())
        if self.pos.x < 0 or self.pos.x > 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if self.pos.y < 0 or self.pos.y > 100:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1


class Heavy(Particle):
    def drag(self):
        return 0.5


class Light(Particle):
    def drag(self):
        return 1.5


def make(i):
    if i % 3 == 0:
        return Heavy(i)
    if i % 3 == 1:
        return Light(i)
    return Particle(i)


particles = [make(i) for i in range(2000)]
for t in range(200):
    for p in particles:
        p.step(0.5)
energy = 0.0
for p in particles:
    energy += p.vel.norm2()
hits = sum(p.hits for p in particles)
print(len(particles), hits, round(energy, 3))
