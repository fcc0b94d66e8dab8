# Helper: import cycle partner A (not a case).
print('  _mod_cyc_a: start')
A_EARLY = 'early A'
import _mod_cyc_b
print('  _mod_cyc_a: after importing B, B.B_VALUE =', _mod_cyc_b.B_VALUE)
A_LATE = 'late A'
def a_func():
    return 'a_func sees ' + _mod_cyc_b.B_VALUE
