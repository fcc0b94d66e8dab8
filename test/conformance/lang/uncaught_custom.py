# Uncaught custom exception with a chained cause
import sys
class AppError(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
    def __str__(self):
        return 'app failed: ' + ' '.join(map(str, self.args))
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise AppError('could not load', repr(text), code=42) from e
print('starting')
print('good value', load('17'))
try:
    load('x')
except AppError as e:
    print('first failure caught:', e, '| code', e.code, '| cause', type(e.__cause__).__name__)
sys.stdout.write('written with sys.stdout.write\n')
def cleanup():
    print('cleanup registered in finally')
def main():
    try:
        load('not a number')
    finally:
        cleanup()
main()
print('never printed')
