# shlex.quote and shlex.join
import shlex
for q in ['', 'abc', 'a b', "it's", 'a"b', '$x', 'foo@bar.com:8080/x,y=z+%', 'é', '\n', '-rf', '*.py']:
    print(repr(q), shlex.quote(q))
print(shlex.join(['echo', 'a b', "it's", '']))
print(shlex.split(shlex.join(['echo', 'a b', "it's", '', '"'])))
for bad in [1, b'abc', None]:
    try:
        shlex.quote(bad)
    except TypeError as e:
        print('TypeError', e)
