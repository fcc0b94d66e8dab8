# a failed dotted import leaves nothing behind: later imports work
try:
    import nosuchpkg.sub
except ImportError as e:
    print(e)
import fnmatch
print('ok')
try:
    __import__('nosuchpkg.sub')
except ImportError as e:
    print(e)
try:
    import os.nosuch
except ImportError as e:
    print(e)
try:
    from os import nosuch
except ImportError as e:
    print(type(e).__name__)
import json.decoder
print('done')
