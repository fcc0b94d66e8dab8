# Helper submodule (not a case).
print('  executing _pkg._sub, __name__ =', __name__, '__package__ =', __package__)
SUB_VALUE = 'sub value'
def sub_func():
    return 'sub_func result'
