# string.Template: substitute, safe_substitute, identifiers, custom delimiters
from string import Template

t = Template("$who likes $what")
print("substitute kw:", t.substitute(who="tim", what="kung pao"))
print("substitute dict:", t.substitute({"who": "ann", "what": "tea"}))
print("dict + kw (kw wins):", t.substitute({"who": "x", "what": "y"}, who="z"))
print("braces:", Template("${noun}ification").substitute(noun="ident"))
print("escape $$:", Template("cost: $$$price").substitute(price=5))
print("non-str values:", Template("$a + $b").substitute(a=1, b=[2]))
print("template attr:", t.template)
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError:", e)
print("safe_substitute:", t.safe_substitute(who="tim"))
print("safe keeps braces:", Template("${a} ${b}").safe_substitute(a=1))
print("safe lone $:", Template("price: $ 5 and $").safe_substitute())
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("bad ${ here").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("$1abc").substitute()
except ValueError as e:
    print("ValueError:", e)
print("identifier stops:", Template("$name.txt $name-x $name_y").safe_substitute(name="f"))
print("unicode ident not matched (ascii only):", Template("$café").safe_substitute(caf="C"))
print("get_identifiers:", Template("$a ${b} $a $$c $d").get_identifiers())
print("is_valid:", Template("$a $$").is_valid(), Template("$").is_valid())

class Percent(Template):
    delimiter = "%"
print("custom delimiter:", Percent("%x is %{y}%%").substitute(x=1, y=2))

class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print("custom idpattern:", Dotted("$user.name!").substitute({"user.name": "zed"}))

class Upper(Template):
    idpattern = r"[A-Z]+"
    flags = 0
print("flags override:", Upper("$ABC $abc").safe_substitute(ABC="X", abc="Y"))
print("repeated:", Template("$x$x$x").substitute(x="ab"))
print("adjacent braces:", Template("${x}y${x}").substitute(x="-"))
print("mapping object:", Template("$k").substitute(__import__("collections").ChainMap({"k": "cm"})))
print("pattern type:", type(Template.pattern).__name__)
