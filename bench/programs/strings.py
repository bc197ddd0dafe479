# String building, splitting, joining and formatting: a CSV round trip.
lines = []
for i in range(200_000):
    lines.append(f"{i},{i * 7 % 1000},name{i % 97},{i / 3:.3f}")
csv = "\n".join(lines)
total = 0
out = []
for line in csv.split("\n"):
    fields = line.split(",")
    total += int(fields[1])
    out.append(fields[2].upper() + ":" + fields[3].rjust(12))
report = "|".join(out)
print(total, len(out), out[12345], len(report), report.count("NAME5"))
