# Student gradebook with properties/setters validation, static helpers, statistics and report formatting
class GradeError(ValueError):
    pass

class Student:
    def __init__(self, name):
        self.name = name
        self.scores = {}
        self._nickname = ""

    @property
    def nickname(self):
        return self._nickname if self._nickname else self.name.split()[0]

    @nickname.setter
    def nickname(self, value):
        if len(value) > 8:
            raise GradeError(f"nickname too long: {value}")
        self._nickname = value

    def record(self, course, score):
        if not 0 <= score <= 100:
            raise GradeError(f"{course}: score {score} out of range")
        self.scores.setdefault(course, []).append(score)

    def average(self):
        all_scores = [s for lst in self.scores.values() for s in lst]
        return sum(all_scores) / len(all_scores) if all_scores else 0.0

    def __lt__(self, other):
        return self.average() < other.average()

class Gradebook:
    CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]

    def __init__(self):
        self.students = []

    @staticmethod
    def letter(avg):
        for cut, letter in Gradebook.CUTOFFS:
            if avg >= cut:
                return letter
        return "F"

    @staticmethod
    def median(xs):
        s = sorted(xs)
        n = len(s)
        return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    def add(self, name):
        st = Student(name)
        self.students.append(st)
        return st
    def course_stats(self, course):
        vals = [s for st in self.students for s in st.scores.get(course, [])]
        return min(vals), max(vals), self.median(vals)

gb = Gradebook()
data = {"Ada Lovelace": [("math", 95), ("cs", 99), ("math", 88)],
        "Bob Stone": [("math", 72), ("cs", 65), ("art", 101)],
        "Cleo Park": [("art", 85), ("cs", 79), ("math", 58)]}
for name, entries in data.items():
    st = gb.add(name)
    for course, score in entries:
        try:
            st.record(course, score)
        except GradeError as e:
            print("rejected", st.nickname, "-", e, isinstance(e, ValueError))
gb.students[2].nickname = "CP"
try:
    gb.students[1].nickname = "Bobby-the-great"
except GradeError as e:
    print(e)
for st in sorted(gb.students, reverse=True):
    avg = st.average()
    print(f"{st.nickname:<6} {avg:6.2f} {Gradebook.letter(avg)} {sorted(st.scores)}")
for course in ["math", "cs", "art"]:
    print(course, gb.course_stats(course))
print({st.nickname: len(st.scores) for st in gb.students})
