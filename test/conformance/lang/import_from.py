# from-imports: aliases, star imports, __all__, errors
from _mod_a import greet as g, CONSTANT as C, Thing
print('aliases', g('y'), C, Thing())
from _mod_a import (
    bump,
    counter,
)
bump()
print('from-import copies binding', counter)
import _mod_a
print('module attribute updated', _mod_a.counter)
from _mod_b import *
print('star with __all__', public_one, also_listed_private)
print('not in __all__ not imported', 'public_two' in dir(), '_also_listed' in dir())
from _mod_noall import *
print('star without __all__', visible, func())
print('underscore names skipped', '_hidden' in dir())
from _mod_noall import _hidden
print('explicit underscore import', _hidden)
try:
    from _mod_a import nothing_here
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
    print('ImportError name', e.name)
try:
    from _mod_missing_xyz import thing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    exec('def f():\n    from _mod_b import *\n')
except SyntaxError as e:
    print('SyntaxError', e.msg)
import _mod_b as mb
print('alias module', mb.public_two)
from _pkg import _sub
print('from package import submodule', _sub.SUB_VALUE)
from _pkg._sub import sub_func as sf
print('from dotted module', sf())
import sys
print('modules loaded', sorted(m for m in sys.modules if m.startswith('_mod') or m.startswith('_pkg')))
