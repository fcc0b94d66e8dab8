# Helper: import cycle partner B (not a case).
print('  _mod_cyc_b: start')
import _mod_cyc_a
print('  _mod_cyc_b: A partially initialised, has A_EARLY:', hasattr(_mod_cyc_a, 'A_EARLY'), 'has A_LATE:', hasattr(_mod_cyc_a, 'A_LATE'))
B_VALUE = 'value of B'
def b_func():
    return 'b_func sees ' + _mod_cyc_a.A_LATE
