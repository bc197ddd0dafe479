# error: type-mismatch
# line: 3
db = {"alice": {"age": 30, "langs": ["py"]}}
print(db)
