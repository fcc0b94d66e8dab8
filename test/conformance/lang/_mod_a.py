# Helper module for import tests (not a case).
print('  executing _mod_a, __name__ =', __name__)
CONSTANT = 42
_private = 'underscore'
counter = 0

def greet(name):
    return f'hello {name} from _mod_a'

def bump():
    global counter
    counter += 1
    return counter

class Thing:
    def __repr__(self):
        return 'Thing()'
