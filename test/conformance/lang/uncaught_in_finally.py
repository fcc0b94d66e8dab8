# finally blocks and __exit__ run before the uncaught exception ends the program
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name, 'sees', exc[0].__name__ if exc[0] else None)
        return False
def work():
    try:
        with CM('outer'), CM('inner'):
            print('inside with')
            raise RuntimeError('fatal')
    finally:
        print('finally runs')
def safe():
    try:
        with CM('safe'):
            return 'returned normally'
    finally:
        print('finally after normal return')
print('start')
print(safe())
try:
    work()
except RuntimeError as e:
    print('first run caught:', e)
print('second run will not be caught')
work()
print('unreachable')
