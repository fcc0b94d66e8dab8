# Import cycles: partially initialised modules
import sys
import _mod_cyc_a
print('A done', _mod_cyc_a.A_LATE)
import _mod_cyc_b
print('functions work after both loaded:', _mod_cyc_a.a_func(), '|', _mod_cyc_b.b_func())
print('both registered', '_mod_cyc_a' in sys.modules, '_mod_cyc_b' in sys.modules)
print('same module objects', sys.modules['_mod_cyc_a'] is _mod_cyc_a)
print('B sees the same A object', _mod_cyc_b._mod_cyc_a is _mod_cyc_a)
del sys.modules['_mod_cyc_a'], sys.modules['_mod_cyc_b']
print('fresh import starting from B:')
try:
    import _mod_cyc_b as b2
except AttributeError as e:
    print('AttributeError', e)
print('both failed modules removed', '_mod_cyc_a' in sys.modules, '_mod_cyc_b' in sys.modules)
print('old module objects still usable', _mod_cyc_a.a_func())
try:
    import _mod_cyc_c
except ImportError as e:
    print('from-import cycle ImportError:', str(e).split(' (')[0])
    print('mentions circular import', 'circular import' in str(e))
    print('name attr', e.name)
print('failed modules removed', '_mod_cyc_c' in sys.modules, '_mod_cyc_d' in sys.modules)
import _mod_cyc_e
print('from-import of an early name succeeds', _mod_cyc_e.E_LATE)
import _mod_cyc_f
print('partner value', _mod_cyc_f.F_VALUE)
def import_inside_function():
    import _mod_cyc_a as inner
    return inner.A_LATE, inner is _mod_cyc_a
print('re-import from A side inside function', import_inside_function())
print('module names', sorted(m for m in sys.modules if m.startswith('_mod_cyc')))
