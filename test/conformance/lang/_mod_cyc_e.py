# Helper: from-import cycle partner E that only needs an early name (not a case).
E_EARLY = 'e early'
from _mod_cyc_f import F_VALUE
E_LATE = 'e late'
