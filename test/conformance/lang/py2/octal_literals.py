# Python 2 leading-zero octal literals
print 0777
print 0644, 0755, 0600
print 010, 07, 00
print 0o17, 017
mode = 0644
print "%o" % mode, "%#o" % 8 == "0o10" or "%#o" % 8 == "010"
print 0777 & 0022
print 0777 - 0022
print 010 + 010
print [0, 01, 02, 010]
perms = 0750
print "owner", (perms >> 6) & 7, "group", (perms >> 3) & 7, "other", perms & 7
print 0 == 00, 0x10, 0b101
def describe(mode):
    names = ""
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 7
        names = names + ("r" if bits & 4 else "-") + ("w" if bits & 2 else "-") + ("x" if bits & 1 else "-")
    return names
for m in (0755, 0644, 0600, 0777, 0):
    print "%04o" % m, describe(m)
print int("777", 8) == 0777
print 0777 / 8, 0777 % 8
umask = 022
print "default file mode", "%o" % (0666 & ~umask)
print "default dir mode", "%o" % (0777 & ~umask)
print 0xff == 0377, 0377
