# configparser: reading, sections/options, typed getters, interpolation, errors, write
import configparser
import io
import os
import tempfile

text = """
# a comment
; another comment
[DEFAULT]
base = /srv
Debug = no

[paths]
home = %(base)s/home
logs: %(home)s/logs
percent = 100%%
multi = first line
    second line

    after blank

[numbers]
count = 42
ratio = 2.5
flag = On
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.has_section("paths"), cp.has_section("DEFAULT"))
print(cp.options("paths"))
print(cp.get("paths", "home"), cp.get("paths", "logs"), cp.get("paths", "percent"))
print(repr(cp.get("paths", "multi")))
print(cp.get("paths", "logs", raw=True), cp.get("paths", "HOME"))
print(cp.getint("numbers", "count"), cp.getfloat("numbers", "ratio"), cp.getboolean("numbers", "flag"))
print(cp.getboolean("numbers", "debug"), repr(cp.get("numbers", "empty")))
print(cp.get("numbers", "missing", fallback="fb"), cp.getint("nosect", "x", fallback=-1))
print(cp.get("paths", "home", vars={"base": "/opt"}))
print(cp.items("numbers"))
print(cp.items("paths", raw=True)[0])
print(cp.defaults())
print(cp.has_option("paths", "base"), cp.has_option("paths", "nope"), cp.has_option("nosuch", "base"))

# mapping protocol
print(list(cp), "paths" in cp, "nope" in cp, len(cp))
sec = cp["numbers"]
print(repr(sec), sec.name, sec["count"], sec.get("missing"), sec.get("missing", "dflt"))
print(sec.getint("count"), sec.getboolean("flag"), sec.getfloat("missing", 1.5))
print(sorted(sec), "count" in sec, len(sec))
try:
    cp["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    sec["nope"]
except KeyError as e:
    print("KeyError", e)

# errors
for call in [lambda: cp.get("nosuch", "x"), lambda: cp.get("paths", "nosuch"),
             lambda: cp.add_section("paths"), lambda: cp.add_section("DEFAULT"),
             lambda: cp.getint("paths", "home"), lambda: cp.getboolean("paths", "home")]:
    try:
        call()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(nope)s\nb = %(b)s\nc = 5%\n")
for opt in "abc":
    try:
        bad.get("s", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
for src in ["key = value\n", "[a]\nx=1\n[a]\n", "[a]\nx=1\nx=2\n", "[a]\nnovalue\n"]:
    try:
        configparser.ConfigParser().read_string(src)
    except configparser.Error as e:
        print(type(e).__name__, e)
try:
    cp.set("paths", "bad", "50%")
except ValueError as e:
    print("ValueError", e)
try:
    cp.set("paths", "n", 5)
except TypeError as e:
    print("TypeError", e)

# set/remove/write
cp.add_section("new")
cp.set("new", "Key", "v")
cp["other"] = {"a": "1", "B": "two"}
print(cp.get("new", "key"), dict(cp["other"]))
print(cp.remove_option("new", "key"), cp.remove_option("new", "key"), cp.remove_section("new"), cp.remove_section("new"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())

# raw parser, no-value options, custom delimiters and comments
raw = configparser.RawConfigParser(allow_no_value=True)
raw.read_string("[s]\nflag\nx = %(y)s\n")
print(raw.get("s", "flag"), raw.get("s", "x"))
custom = configparser.ConfigParser(delimiters=("->",), inline_comment_prefixes=("#",))
custom.read_string("[s]\na -> b  # trailing\n")
print(custom.get("s", "a"))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[a]\nx = 1\n[b]\ny = ${a:x}-${z}\nz = zz\ncost = $$5\n")
print(ext.get("b", "y"), ext.get("b", "cost"))
d = configparser.ConfigParser(defaults={"shared": "yes"})
d.read_dict({"one": {"k": 1}})
print(d.get("one", "shared"), d.get("one", "k"))

# files
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, "c.ini")
with open(p, "w") as f:
    f.write("[file]\nname = from file\n")
fc = configparser.ConfigParser()
print(fc.read([p, os.path.join(tmp, "missing.ini")]) == [p], fc.get("file", "name"))
with open(p) as f:
    fc2 = configparser.ConfigParser()
    fc2.read_file(f)
print(fc2["file"]["name"])
