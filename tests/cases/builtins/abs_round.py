# abs and round
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(-10 ** 30), abs(True), abs(False))
print(abs(float('-inf')), abs(float('nan')))
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, 2.675, 0.125, 1234.5678]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(15, -1), round(25, -1), round(-15, -1), round(123456, -3), round(5), round(5, 2), round(-7, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
class R:
    def __round__(self, n=None):
        return f'round called with {n}'
print(round(R()), round(R(), 3))
try:
    round('x')
except TypeError as e:
    print('TypeError:', e)
try:
    round(1.5, 'a')
except TypeError as e:
    print('TypeError:', e)
