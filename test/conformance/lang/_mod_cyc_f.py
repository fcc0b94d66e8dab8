# Helper: from-import cycle partner F (not a case).
from _mod_cyc_e import E_EARLY
F_VALUE = 'f value sees ' + E_EARLY
