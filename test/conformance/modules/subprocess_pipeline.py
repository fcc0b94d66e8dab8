# pipelines: one Popen's stdout is the next one's stdin
import subprocess

p1 = subprocess.Popen(['echo', 'hello pipeline'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['tr', 'a-z', 'A-Z'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, err = p2.communicate()
print(out, err)
print(p1.wait(), p2.returncode)

p1 = subprocess.Popen(['seq', '1', '20000'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort', '-rn'], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(['head', '-3'], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
p2.stdout.close()
print(p3.communicate()[0].split())
print(p1.wait(), p2.wait(), p3.wait())

p1 = subprocess.Popen(['printf', 'b\\na\\nc\\n'], stdout=subprocess.PIPE)
r = subprocess.run(['sort'], stdin=p1.stdout, capture_output=True)
p1.stdout.close()
print(r.stdout, p1.wait())

p1 = subprocess.Popen(['yes'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['head', '-2'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate()[0])
print(p1.wait() in (-13, 141))

out = subprocess.check_output('echo one two three | wc -w', shell=True)
print(out.strip())
