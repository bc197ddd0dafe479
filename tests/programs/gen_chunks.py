# Chunking sequences into fixed-size batches and flattening them back
def chunks(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(lists):
    for sub in lists:
        yield from sub


def str_chunks(text, size):
    for i in range(0, len(text), size):
        yield text[i:i + size]


data = list(range(1, 12))
for i, c in enumerate(chunks(data, 4)):
    print(f"chunk {i}: {c} sum={sum(c)}")

print("chunks of 3:", list(chunks([10, 20, 30, 40, 50, 60], 3)))
print("empty input:", list(chunks([], 5)))
print("size bigger than input:", list(chunks([1, 2], 10)))

nested = [[1, 2], [], [3], [4, 5, 6]]
print("flatten:", list(flatten(nested)))
print("roundtrip:", list(flatten(chunks(data, 3))) == data)

print("hex groups:", " ".join(str_chunks("deadbeefcafe", 4)))
print("odd split:", list(str_chunks("abcdefg", 3)))

batch_sums = [sum(b) for b in chunks(range(100), 25)]
print("batch sums:", batch_sums)

longest = max(len(b) for b in chunks(range(7), 3))
shortest = min(len(b) for b in chunks(range(7), 3))
print("longest/shortest:", longest, shortest)

pages = chunks(["a", "b", "c", "d", "e"], 2)
for page_no, page in enumerate(pages, 1):
    print(f"page {page_no}: {'|'.join(page)}")
