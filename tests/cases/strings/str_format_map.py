# format_map and dict-driven formatting
d = {'x': 1, 'y': 'two', 'z': [3]}
print('{x} {y} {z[0]}'.format_map(d), '{x:>4}|{y!r}'.format_map(d))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} has {count} {things}'.format_map(Default(name='Ann', count=3)))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world}'.format_map(Upper()))
try:
    '{missing}'.format_map({})
except KeyError as e:
    print('KeyError:', e)
try:
    '{0}'.format_map({'0': 'str key'})
    print('{0}'.format_map({0: 'int key'}))
except (KeyError, ValueError) as e:
    print(type(e).__name__ + ':', e)
template = 'Dear {title} {last},\nYour balance is {balance:,.2f}.'
for rec in [{'title': 'Dr.', 'last': 'Who', 'balance': 1234.5}, {'title': 'Ms.', 'last': 'Ada', 'balance': -0.125}]:
    print(template.format_map(rec))
print('{a}{b}'.format(**{'a': 1, 'b': 2}), '{0}{1}'.format(*'xy'))
