# format() builtin
print(format(3.14159, '.2f'), format(42, '05d'), format('hi', '>5'), format(1234567, ','), format(0.25, '%'), format(255, 'x'))
print(format(1e-7), format(123), format('s'), format(None), format([1, 2]), format(True), format(1.0))
print(format(12.0, 'g'), format(1e20, 'g'), format(-0.0, '+'), format(5, '+'), format(3j, ''))
class F:
    def __format__(self, spec):
        return f'F<{spec}>'
print(format(F()), format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
try:
    format(object(), 'd')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 'q')
except ValueError as e:
    print('ValueError:', e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    format(BadFormat())
except TypeError as e:
    print('TypeError:', e)
