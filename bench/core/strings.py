# strings.py - str operations: += concatenation, join, split, slicing and
# indexing, str methods (upper/lower/replace/find/startswith/strip/count),
# f-strings, % formatting, str.format, ord/chr, comparisons, `in`.

WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi")


def concat(n):
    s = ""
    for i in range(n):
        s += WORDS[i % 16]
        s += " "
    return len(s), s[-20:]


def build_text(n):
    parts = []
    for i in range(n):
        w = WORDS[(i * 7) % 16]
        if i % 5 == 0:
            w = w.capitalize()
        parts.append(w)
        if i % 11 == 10:
            parts.append(".")
    return " ".join(parts)


def word_stats(text):
    lines = text.split(" . ")
    longest = 0
    caps = 0
    total = 0
    for line in lines:
        words = line.split()
        for w in words:
            total += len(w)
            if w[0].isupper():
                caps += 1
            if len(w) > longest:
                longest = len(w)
    return len(lines), caps, total, longest


def methods(text, rounds):
    acc = 0
    for r in range(rounds):
        t = text[r:r + 2000]
        acc += len(t.upper()) + t.lower().count("a")
        acc += len(t.replace("eta", "ETA"))
        acc += t.find("omicron") + t.rfind("pi")
        acc += t.count("mu")
        stripped = ("  " + t[:50] + "\n").strip()
        acc += len(stripped)
        if t.startswith("alpha") or t.endswith("mu"):
            acc += 1
        acc += len(t.title()) + len(t.swapcase().split("A"))
        acc += "kappa" in t
    return acc


def formatting(n):
    out = []
    for i in range(n):
        w = WORDS[i % 16]
        x = i * 0.25
        out.append(f"{i:>6}|{w:<8}|{x:8.2f}|{i:#x}|{w!r}")
        out.append("%5d %-8s %.3f %s" % (i, w, x / 3, w.upper()))
        out.append("{0}:{1}:{0}".format(w, i % 97))
    h = 0
    for s in out:
        h = (h * 31 + len(s) + ord(s[len(s) // 2])) % 1000000007
    return len(out), h, out[-3], out[-2], out[-1]


def slicing(n):
    s = "abcdefghijklmnopqrstuvwxyz0123456789" * 4
    acc = 0
    for i in range(n):
        k = i % 100
        acc += len(s[k:k + 20]) + len(s[::3]) + len(s[-k - 1:])
        acc += ord(s[k]) + ord(s[-1 - k])
        r = s[k:k + 10][::-1]
        if r < s[k:k + 10]:
            acc += 1
    return acc


def caesar(text, shift):
    out = []
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + shift) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def main():
    c = concat(1000000)
    text = build_text(200000)
    ws = word_stats(text)
    m = methods(text, 3000)
    f = formatting(120000)
    sl = slicing(400000)
    enc = caesar(text[:600000], 13)
    dec = caesar(enc, 13)
    ok = dec == text[:600000]
    print("concat", c)
    print("stats", ws, "methods", m)
    print("format", f)
    print("slicing", sl, "caesar", ok, enc[:40])
    print("checksum", (c[0] + sum(ws) + m + f[1] + sl + len(enc)) % 1000000007)


main()
