def evens(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            out.append(i)
    return out


def words(s):
    return s.split()


print(evens(7), evens(0), words("a b  c"), words(""))
print(len(evens(100)), sum(evens(10)))
