# LRU cache built from dicts with access ticks, eviction by min(key=...), a memoizing decorator and stats
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.last_used = {}
        self.tick = 0
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _touch(self, key):
        self.tick += 1
        self.last_used[key] = self.tick

    def get(self, key, default=-1):
        if key not in self.data:
            self.misses += 1
            return default
        self.hits += 1
        self._touch(key)
        return self.data[key]

    def put(self, key, value):
        if key not in self.data and len(self.data) >= self.capacity:
            oldest = min(self.last_used, key=lambda k: self.last_used[k])
            del self.data[oldest]
            del self.last_used[oldest]
            self.evicted.append(oldest)
        self.data[key] = value
        self._touch(key)

    def keys(self):
        for k in sorted(self.last_used, key=lambda k: -self.last_used[k]):
            yield k

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

cache = LRU(3)
for k, v in [(1, 10), (2, 20), (3, 30)]:
    cache.put(k, v)
print(cache.get(1), cache.get(5), list(cache.keys()))
cache.put(4, 40)
cache.put(2, 22)
print(list(cache.keys()), cache.get(3), cache.get(2), 3 in cache, len(cache))
print("hits", cache.hits, "misses", cache.misses, "evicted", cache.evicted)

fib_cache = LRU(50)
def memo(f):
    def wrapper(n):
        r = fib_cache.get(n)
        if r == -1:
            r = f(n)
            fib_cache.put(n, r)
        return r
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)], fib(60))
print(len(fib_cache), fib_cache.hits > fib_cache.misses, fib_cache.evicted[:5])
small = LRU(2)
for word in "a b a c b d a".split():
    if small.get(word, 0) == 0:
        small.put(word, 1)
print(small.evicted, sorted(small.data.items()))
