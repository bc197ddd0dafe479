# Text editor with command objects, undo/redo stacks, dynamic dispatch and __len__/__str__
class Command:
    def apply(self, doc):
        pass

    def undo(self, doc):
        pass

    def describe(self):
        return type(self).__name__

class Insert(Command):
    def __init__(self, pos, text):
        self.pos = pos
        self.text = text

    def apply(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def describe(self):
        return f"Insert({self.pos}, {self.text!r})"

class Delete(Command):
    def __init__(self, pos, count):
        self.pos = pos
        self.count = count
        self.removed = ""
    def apply(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.count]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.count:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

class Upper(Delete):
    def apply(self, doc):
        super().apply(doc)
        doc.text = doc.text[:self.pos] + self.removed.upper() + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos + len(self.removed):]

class Document:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []
    def do(self, cmd):
        cmd.apply(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.apply(self)
        self.undo_stack.append(cmd)
        return True
    def __len__(self):
        return len(self.text)
    def __str__(self):
        return f"[{self.text}] ({len(self)} chars, {len(self.undo_stack)} undoable)"

d = Document()
for c in [Insert(0, "hello world"), Insert(5, ","), Upper(0, 5), Delete(6, 6), Insert(6, " there")]:
    d.do(c)
    print(f"{c.describe():<22} {d}")
while d.undo():
    print("undo ->", d)
print(d.redo(), d.redo(), d)
d.do(Insert(len(d), "!"))
print(d.redo(), d, [c.describe() for c in d.undo_stack])
