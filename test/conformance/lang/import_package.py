# Packages: import pkg.sub, relative imports inside a package
import _pkg._sub
print('dotted import binds top package', _pkg.__name__, _pkg._sub.SUB_VALUE)
print('package attr', _pkg.PKG_LEVEL)
print('relative imports in __init__', _pkg.sub_alias is _pkg._sub, _pkg.sub_func())
print('package has __path__', hasattr(_pkg, '__path__'), 'module has no __path__', hasattr(_pkg._sub, '__path__'))
print('__package__', _pkg.__package__, _pkg._sub.__package__)
import _pkg._other as other
print('relative import in submodule', other.combined())
print('submodule set as attribute of package', _pkg._other is other)
import sys
print('sys.modules names', sorted(k for k in sys.modules if k.startswith('_pkg')))
from _pkg import _other, PKG_LEVEL
print('from package import both', _other is other, PKG_LEVEL)
try:
    import _pkg._nope
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)
try:
    from _pkg import _nope2
except ImportError as e:
    print('ImportError', type(e).__name__, str(e).split(' (')[0])
try:
    exec('from . import something', {'__name__': '__main__', '__package__': None})
except ImportError as e:
    print('relative import at top level:', type(e).__name__, e)
print('main __package__', __package__ is None or __package__ == '')
import _pkg
print('importing package again is cached', _pkg is sys.modules['_pkg'])
print('package __name__/__file__ kind', _pkg.__name__, _pkg.__file__.endswith('__init__.py'))
print('submodule __file__ kind', _pkg._sub.__file__.endswith('_sub.py'))
print('dir(package) contains submodules', [n for n in ('_sub', '_other', 'sub_alias', 'sub_func') if n in dir(_pkg)])
def import_in_function():
    from _pkg._sub import SUB_VALUE
    import _pkg._other as o2
    return SUB_VALUE, o2 is other
print('imports inside function', import_in_function())
