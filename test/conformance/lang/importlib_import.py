# importlib.import_module and __import__
import importlib
import sys
m = importlib.import_module('_mod_noall')
print('import_module', m.visible, m is sys.modules['_mod_noall'])
sub = importlib.import_module('_pkg._sub')
print('dotted returns leaf', sub.__name__)
rel = importlib.import_module('._other', '_pkg')
print('relative with package', rel.__name__, rel.combined())
try:
    importlib.import_module('._other')
except TypeError as e:
    print('TypeError', e)
try:
    importlib.import_module('_no_such_mod_q')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
top = __import__('_pkg._sub')
print('__import__ returns top package', top.__name__)
leaf = __import__('_pkg._sub', fromlist=['SUB_VALUE'])
print('__import__ with fromlist returns leaf', leaf.__name__)
mb = __import__('_mod_b')
print('__import__ simple', mb.public_one)
name = '_mod_' + 'a'
dyn = importlib.import_module(name)
print('dynamic name', dyn.CONSTANT)
print('same object as import statement', dyn is __import__(name))
mods = [importlib.import_module(n) for n in ('math', 'functools')]
print('stdlib modules', [x.__name__ for x in mods])
import math as m1
import math as m2
print('math imported once', m1 is m2 is mods[0])
print('sys.modules lookup', sys.modules.get('_definitely_absent') is None)
