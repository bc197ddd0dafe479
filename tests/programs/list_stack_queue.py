stack = []
for c in "([]{})":
    if c in "([{":
        stack.append(c)
    else:
        top = stack.pop()
        print(top, c)
print(stack, len(stack) == 0)
queue = [1, 2, 3]
queue.insert(0, 0)
print(queue.pop(0), queue.pop(0), queue)
