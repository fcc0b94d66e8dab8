# Helper submodule using relative imports (not a case).
from . import PKG_LEVEL
from ._sub import SUB_VALUE as renamed
def combined():
    return PKG_LEVEL + ' + ' + renamed
