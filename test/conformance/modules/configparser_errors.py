# configparser: interpolation errors, ExtendedInterpolation, exception attributes,
# converters, strict=False, empty_lines_in_values=False
import configparser
cp = configparser.ConfigParser()
cp.read_string("[s]\na = %x\nb = %(unclosed\nc = ok %% %(d)s\nd = D\n[t]\nk:v\n  cont\n")
for o in "abcd":
    try: print(o, repr(cp.get("s", o)))
    except configparser.Error as e: print(type(e).__name__, e, e.args)
print(repr(cp.get("t", "k")))
e = configparser.ExtendedInterpolation()
x = configparser.ConfigParser(interpolation=e)
x.read_string("[a]\np = ${x:y:z}\nq = $oops\nr = ${missing}\ns = ${b:deep}\n[b]\ndeep = ${v}\nv = V\n")
for o in "pqrs":
    try: print(o, repr(x.get("a", o)))
    except configparser.Error as ex: print(type(ex).__name__, ex)
try:
    x.set("a", "bad", "$x")
except ValueError as ex: print(ex)
r = configparser.RawConfigParser()
r.add_section("s"); r.set("s", "n", 5); print(r.get("s", "n"))
print(isinstance(r, configparser.RawConfigParser), configparser.DEFAULTSECT)
err = configparser.NoOptionError("o", "s"); print(err.args, err.option, err.section, repr(err))
err = configparser.DuplicateSectionError("s", "f.ini", 3); print(str(err), err.args)
err = configparser.DuplicateOptionError("s", "o"); print(str(err))
try: configparser.ParsingError()
except ValueError as ex: print(ex)
p = configparser.ParsingError(source="src"); p.append(3, "'x'"); print(p, p.errors)
print(configparser.InterpolationMissingOptionError("o","s","raw","ref").args)
c = configparser.ConfigParser(converters={"list": lambda v: v.split(",")})
c.read_string("[s]\nl = a,b\n")
print(c.getlist("s", "l"), c["s"].getlist("l"), c["s"].getlist("nope", "fb"))
c2 = configparser.ConfigParser(strict=False)
c2.read_string("[a]\nx=1\nx=2\n[a]\ny=3\n")
print(dict(c2["a"]))
c3 = configparser.ConfigParser(empty_lines_in_values=False, comment_prefixes=("#",), inline_comment_prefixes=(";",))
c3 = configparser.ConfigParser(empty_lines_in_values=False, comment_prefixes=("#",), inline_comment_prefixes=(";",))
try:
    c3.read_string("[a]\nx = 1 ; c\n  more\n\n  notcont\n")
except configparser.ParsingError as e:
    print(e, e.errors)
print(repr(c3.get("a", "x")))
c4 = configparser.ConfigParser(allow_no_value=True, delimiters=(":",))
c4.read_string("[a]\nflag\nk: v = w\n")
import io
buf = io.StringIO()
c4.write(buf, space_around_delimiters=False)
print(repr(buf.getvalue()))
print(c4.popitem()[0], c4.sections())
