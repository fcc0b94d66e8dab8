# str.format / format() spec mini-language (used with string module)
import string

vals = [
    ("{:<8}|", "left"), ("{:>8}|", "right"), ("{:^8}|", "mid"), ("{:*^9}|", "mid"),
    ("{:=+8}", 42), ("{:08}", -42), ("{:+}", 7), ("{: }", 7), ("{:-}", -7),
    ("{:b}", 10), ("{:#b}", 10), ("{:o}", 64), ("{:#o}", 64), ("{:x}", 255), ("{:#X}", 255),
    ("{:c}", 65), ("{:d}", True), ("{:n}", 1234),
    ("{:,}", 1234567), ("{:_}", 1234567), ("{:_x}", 0xDEADBEEF), ("{:,.2f}", 1234567.891),
    ("{:.3f}", 3.14159), ("{:.0f}", 2.5), ("{:.0f}", 3.5), ("{:e}", 12345.678), ("{:.2E}", 0.000123),
    ("{:g}", 1234567.0), ("{:g}", 0.00001234), ("{:.3g}", 3.14159), ("{:%}", 0.25), ("{:.1%}", 1 / 3),
    ("{:10.4f}|", 3.14159), ("{:<10.2e}|", 31415.9), ("{}", 1e100), ("{:f}", 1e20),
    ("{:.2f}", float("inf")), ("{:F}", float("nan")), ("{!s:>6}", None), ("{!r:>8}", "q"),
    ("{:.3}", "abcdef"), ("{:>10.3}|", "abcdef"), ("{:z.1f}", -0.04), ("{:#.0f}", 3.0),
    ("{:#g}", 2.0), ("{:.10g}", 0.1 + 0.2), ("{:08.2f}", -3.14159), ("{:+.1e}", 0.0),
]
for spec, v in vals:
    print("%-12s %-12r -> %r" % (spec, v, spec.format(v)))

print("nested width:", "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print("index keys:", "{0[a]} {0[b]}".format({"a": 1, "b": 2}))
print("escaped braces:", "{{}} {{{}}}".format(5))
print("format():", format(255, "x"), format(3.5), format("s", "^5"), format(1234.5, ",.1f"))
for bad in ("{:d}", "{:,s}", "{:=}", "{:c}"):
    try:
        print(bad.format("text" if bad != "{:c}" else -1))
    except (ValueError, OverflowError) as e:
        print("%s error: %s: %s" % (bad, type(e).__name__, e))
try:
    "{:x}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
class Custom:
    def __format__(self, spec):
        return "Custom(" + spec + ")"
print("__format__:", "{:abc}".format(Custom()), f"{Custom():xyz}")
print("f-string =:", f"{1 + 1 = }", f"{'a'!r:>5}")
print("string.Formatter same:", string.Formatter().format("{:>6.2f}", 2.345))
