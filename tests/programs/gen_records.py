# Reading "records" from a list of CSV-like strings with generators and dicts
raw = [
    "# name,dept,salary",
    "alice,eng,120",
    "bob,sales,80",
    "",
    "carol,eng,135",
    "  dave , ops , 95 ",
    "erin,sales,notanumber",
    "frank,ops,70",
]


def clean_lines(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        yield line


def parse(lines):
    for line in lines:
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3 or not parts[2].isdigit():
            print(f"  skipping bad record: {line}")
            continue
        yield (parts[0], parts[1], int(parts[2]))


def by_dept(records, dept):
    for name, d, salary in records:
        if d == dept:
            yield (name, salary)


print("parsing:")
records = list(parse(clean_lines(raw)))
for name, dept, salary in records:
    print(f"{name:>6} | {dept:<5} | {salary:4d}")

totals = {}
for name, dept, salary in records:
    totals[dept] = totals.get(dept, 0) + salary
for dept in sorted(totals):
    print(f"total {dept}: {totals[dept]}")

print("eng:", list(by_dept(records, "eng")))
print("hr:", list(by_dept(records, "hr")))

names = sorted(name.upper() for name, _, _ in records)
print("names:", ", ".join(names))
print("max salary:", max(s for _, _, s in records))
print("all above 50:", all(s > 50 for _, _, s in records))
print("anyone in hr:", any(d == "hr" for _, d, _ in records))
depts = set(d for _, d, _ in records)
print("departments:", sorted(depts))

index = {name: salary for name, salary in by_dept(records, "ops")}
print("ops index:", index)
