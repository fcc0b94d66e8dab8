# Helper package (not a case).
print('  executing _pkg/__init__, __name__ =', __name__)
PKG_LEVEL = 'package attribute'
from . import _sub as sub_alias
from ._sub import sub_func
