# string: module constants
import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace"):
    v = getattr(string, name)
    print("%-16s %3d %r" % (name, len(v), v))
print("printable len:", len(string.printable))
print("printable repr:", repr(string.printable))
print("printable composition:", string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print("letters composition:", string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print("is str:", all(isinstance(getattr(string, n), str) for n in ("digits", "punctuation")))
pw = "aB3$"
print("password classes:", [any(c in cls for c in pw) for cls in
                            (string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation)])
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("rot13:", "hello world".translate(table))
print("strip punctuation:", "Hi, there! (ok)".translate(str.maketrans("", "", string.punctuation)))
print("hex check:", all(c in string.hexdigits for c in "DeadBeef"), "g" in string.hexdigits)
print("whitespace chars:", [hex(ord(c)) for c in string.whitespace])
print("counts by class:", {n: sum(c in getattr(string, n) for c in "Hello, World 42!")
                           for n in ("ascii_uppercase", "ascii_lowercase", "digits", "punctuation", "whitespace")})
print("base36:", "".join((string.digits + string.ascii_lowercase)[d] for d in (1, 35, 10)))
print("int base 36:", int("z1", 36))
print("__all__ sorted:", sorted(string.__all__))
print("ascii_letters sorted:", "".join(sorted(string.ascii_letters))[:6])
print("octdigits subset of digits:", set(string.octdigits) <= set(string.digits))
print("whitespace matches isspace:", all(c.isspace() for c in string.whitespace))
print("punctuation all non-alnum:", not any(c.isalnum() for c in string.punctuation))
print("printable minus whitespace isprintable:", all(c.isprintable() for c in string.printable if c not in string.whitespace))
print("module doc starts:", string.__doc__.split("\n")[0])
