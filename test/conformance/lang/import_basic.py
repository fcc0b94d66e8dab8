# Importing a helper module: execution once, attributes, sys.modules
import sys
print('before import', '_mod_a' in sys.modules)
import _mod_a
print('after import', '_mod_a' in sys.modules, sys.modules['_mod_a'] is _mod_a)
print('module attrs', _mod_a.CONSTANT, _mod_a.greet('x'), _mod_a.__name__)
print('module type', type(_mod_a).__name__, repr(_mod_a).startswith("<module '_mod_a' from"))
import _mod_a
import _mod_a as again
print('second import no re-execution, same object', again is _mod_a)
print('bump', _mod_a.bump(), _mod_a.bump(), again.counter)
_mod_a.CONSTANT = 'patched'
from _mod_a import CONSTANT
print('from-import sees patched module attr', CONSTANT)
_mod_a.new_attr = 'added from outside'
print('module attribute set', again.new_attr)
print('dir contains', [n for n in ('CONSTANT', 'greet', 'Thing', '_private') if n in dir(_mod_a)])
print('vars is module __dict__', vars(_mod_a) is _mod_a.__dict__)
print('__name__ of main', __name__)
print('class module', _mod_a.Thing.__module__, _mod_a.Thing())
print('function globals is module dict', _mod_a.greet.__globals__ is _mod_a.__dict__)
import _mod_a, _mod_b
print('multiple imports in one statement', _mod_b.public_one)
try:
    import _mod_does_not_exist
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    import _mod_raises
except ValueError as e:
    print('error during import propagates', e)
print('failed module removed from sys.modules', '_mod_raises' in sys.modules)
try:
    _mod_a.missing_attribute
except AttributeError as e:
    print('AttributeError', e)
def local_import():
    import _mod_noall
    return _mod_noall.func()
print('import inside function', local_import(), '_mod_noall' in dir())
print('sys.modules keeps it', '_mod_noall' in sys.modules)
del sys.modules['_mod_a']
import _mod_a as reloaded
print('re-executed after removal from sys.modules', reloaded is not again, reloaded.counter)
