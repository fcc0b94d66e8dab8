# Helper module without __all__ (not a case).
visible = 'v'
_hidden = 'h'
def func():
    return 'func'
