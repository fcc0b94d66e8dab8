# Helper: from-import cycle partner C (not a case).
C_EARLY = 'c early'
from _mod_cyc_d import D_VALUE
C_LATE = 'c late'
