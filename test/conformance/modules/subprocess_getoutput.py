# getoutput, getstatusoutput, list2cmdline
import subprocess

print(repr(subprocess.getoutput('echo hello')))
print(repr(subprocess.getoutput('echo out; echo err 1>&2')))
print(subprocess.getstatusoutput('echo ok'))
print(subprocess.getstatusoutput('exit 3'))
print(subprocess.getstatusoutput('echo failing; exit 1'))
print(subprocess.getstatusoutput('printf "two\\n\\n"'))
print(subprocess.getstatusoutput('nosuchcommand_pys_test 2>/dev/null'))
print(subprocess.getoutput(''))

for seq in [['a', 'b c', 'd'], ['ab"c', '\\', 'd'], ['a\\\\\\b', 'de fg', 'h'], ['a\\"b', 'c', 'd'],
            ['a\\\\b c', 'd', 'e'], ['a\\\\b\\ c', 'd', 'e'], ['ab', ''], [], ['tab\there'], ['end\\ ']]:
    print(repr(subprocess.list2cmdline(seq)))
