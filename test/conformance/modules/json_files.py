# json.dump / json.load with file objects (StringIO, temp file)
import json
import io
import os
import tempfile

buf = io.StringIO()
r = json.dump({"a": [1, 2, {"b": None}]}, buf, indent=1, sort_keys=True)
print("dump returns:", r)
print(buf.getvalue())
buf.seek(0)
print("load:", json.load(buf))
buf2 = io.StringIO('  {"k": "v"}  ')
print("load ws:", json.load(buf2))
try:
    json.load(io.StringIO("{bad"))
except json.JSONDecodeError as e:
    print("load error:", e)
print("load from BytesIO:", json.load(io.BytesIO(b'[1, "\xc3\xa9"]')))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"name": "Zoë", "n": [1.5, 2]}, f, ensure_ascii=False)
    with open(path, "rb") as f:
        raw = f.read()
    print("file bytes:", raw)
    with open(path, encoding="utf-8") as f:
        print("file load:", json.load(f))
    lines = [{"i": i, "sq": i * i} for i in range(3)]
    with open(path, "w") as f:
        for rec in lines:
            f.write(json.dumps(rec) + "\n")
    with open(path) as f:
        print("jsonl:", [json.loads(line) for line in f])

class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, s):
        self.chunks.append(s)
w = Writer()
json.dump([1, {"a": "b"}], w)
print("dump writes chunks:", "".join(w.chunks), len(w.chunks) > 1)
try:
    json.dump({"x": 1}, io.BytesIO())
except TypeError as e:
    print("TypeError:", e)
