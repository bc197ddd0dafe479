nums = [5, -2, 9, 0, 3, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "Apple", "fig", "banana", "kiwi"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted(pairs, key=lambda p: p[1]))
print(sorted([3.5, 1, 2.25]), sorted("hello"))


def last(s):
    return s[-1]


print(sorted(words, key=last))
