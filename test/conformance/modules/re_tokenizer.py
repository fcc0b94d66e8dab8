# re: a tokenizer built from named groups and lastgroup
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/]"),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
KEYWORDS = {"IF", "THEN", "ENDIF", "FOR", "NEXT", "GOSUB", "RETURN"}

def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in MASTER.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            yield ("ERROR", repr(value), line_num, column)
            continue
        yield (kind, value, line_num, column)

code = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05; msg := "say \\"hi\\"";
ENDIF; x := 3 @ 4;
'''
for tok in tokenize(code):
    print(tok)
print("lastindex of outer group:", MASTER.match("42").lastindex)
print("group names:", list(MASTER.groupindex)[:4], MASTER.groups)

def calc(expr):
    tokens = re.findall(r"\d+|[-+*/()]", expr)
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        t = take()
        if t == "(":
            v = expr_()
            take()
            return v
        if t == "-":
            return -atom()
        return int(t)
    def term():
        v = atom()
        while peek() in ("*", "/"):
            v = v * atom() if take() == "*" else v // atom()
        return v
    def expr_():
        v = term()
        while peek() in ("+", "-"):
            v = v + term() if take() == "+" else v - term()
        return v
    return expr_()
print("calc:", calc("2 + 3 * (4 - 1) - -2"), calc("(1+2)*(3+4)/3"))
