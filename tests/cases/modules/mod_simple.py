"""A simple helper module (not a test case: its name starts with mod_)."""
print('mod_simple: executing, __name__ =', __name__)
CONSTANT = 42
items = ['a', 'b']
def greet(name):
    return f'hello {name} from {__name__}'
class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f'Widget({self.size})'
_private = 'underscore name'
if __name__ == '__main__':
    print('mod_simple run as a script (never during the tests)')
