# Python 2 print >>file redirection, written then read back
import sys
import os
name = "_tmp_py2_print_to_file.txt"
f = open(name, "w")
print >>f, "first line"
print >>f, "values:", 1, 2, 3
print >>f, "no newline",
print >>f, "same line"
print >>f
print >>f, "last"
f.close()
print >>sys.stderr, "this goes to stderr and is not compared"
f = open(name)
content = f.read()
f.close()
print "read back:"
print content,
print "lines:", len(content.splitlines())
for line in open(name):
    print "[" + line.rstrip("\n") + "]"
g = open(name, "a")
print >>g, "appended", 99
g.close()
lines = open(name).readlines()
print "appended line:", lines[-1].strip()
os.remove(name)
print "removed", os.path.exists(name)
print >>sys.stdout, "explicit stdout"
log = open(name, "w")
for i in range(3):
    print >>log, "entry", i,
print >>log
log.close()
print "log:", open(name).read().strip()
os.remove(name)
