# pprint: streams, pp vs pprint, PrettyPrinter subclasses and bad arguments
import io
import pprint

class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)

Upper(width=20).pprint({'abc': ['def', 'ghi', 'jkl' * 5], 'x': 'hello world this is'})
buf = io.StringIO()
pprint.pprint({'a': 1}, stream=buf)
pprint.pp({'b': 2, 'a': 1}, stream=buf)
pprint.pprint({'b': 2, 'a': 1}, buf, 4, 5)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(stream=buf)
pp.pprint([1, 2])
print(repr(buf.getvalue()[-7:]))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    pprint.pformat([1], width='x')
except ValueError as e:
    print('ValueError:', e)
print(pprint.PrettyPrinter(indent='3', width='30').pformat(list(range(12))))
print(sorted(pprint.__all__))
