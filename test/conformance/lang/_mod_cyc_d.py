# Helper: from-import cycle partner D (not a case).
D_VALUE = 'd value'
from _mod_cyc_c import C_LATE
