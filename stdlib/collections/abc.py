# collections.abc is implemented by _collections_abc, which can be imported
# without the collections package; the private names are for pickle
# (_CallableGenericAlias) and for code written against pys's earlier layout.
from _collections_abc import *
from _collections_abc import __all__, _CallableGenericAlias, _check_methods
