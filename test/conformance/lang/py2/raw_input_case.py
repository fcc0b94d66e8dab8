# Python 2 raw_input reading stdin (fed from raw_input_case.stdin)
name = raw_input()
print "name:", name
age = raw_input("age? ")
print
print "age next year:", int(age) + 1
while 1:
    line = raw_input()
    if line == "q":
        break
    print "got", line.upper()
nums = raw_input("numbers> ").split()
print
print "sum of numbers:", sum([int(n) for n in nums])
print "average (integer division):", sum([int(n) for n in nums]) / len(nums)
answer = raw_input("continue? [y/n] ")
print
if answer.strip().lower() <> "y":
    print "stopping"
else:
    print "continuing"
spaced = raw_input()
print "raw line kept:", repr(spaced)
print "remaining:", raw_input()
count = 0
try:
    while 1:
        raw_input()
        count = count + 1
except EOFError:
    print "EOFError after", count, "more lines"
try:
    raw_input()
except EOFError:
    print "EOFError again at end of input"
