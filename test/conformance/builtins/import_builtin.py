# __import__ and importlib.import_module on standard modules
m = __import__('math')
print('__import__', m.__name__, m.floor(2.5))
import math
print('same module object', m is math)
sys = __import__('sys')
print('sys modules has math', 'math' in sys.modules)
import importlib
ft = importlib.import_module('functools')
print('import_module', ft.__name__, ft.reduce(lambda a, b: a + b, [1, 2, 3]))
try:
    __import__('no_such_module_for_pys_test')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    __import__('')
except ValueError as e:
    print('ValueError', e)
try:
    importlib.import_module('')
except ValueError as e:
    print('ValueError', e)
io_mod = __import__('io', fromlist=['StringIO'])
print('fromlist', io_mod.StringIO('x').read())
print('level 0 default', __import__('math', globals(), locals(), [], 0) is math)
import math as m2, sys as s2
print('import as', m2 is math, s2 is sys)
from math import pi as PI, floor
print('from import as', round(PI, 2), floor(-1.5))
try:
    from math import not_there
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
def lazy():
    import functools
    return functools.partial(pow, 2)(5)
print('function-level import', lazy())
print('module attributes', math.__name__, hasattr(math, '__doc__'), type(math).__name__)
print('module repr builtin', repr(sys).startswith("<module 'sys'"))
print('sys basics', type(sys.argv).__name__, len(sys.argv) >= 1, sys.maxsize == 2 ** 63 - 1, sys.byteorder in ('little', 'big'))
print('sys.version_info', sys.version_info[:2] >= (3, 0), type(sys.version_info.major).__name__)
print('builtins module', __import__('builtins').len is len)
print('reimport cheap', __import__('math') is __import__('math'))
