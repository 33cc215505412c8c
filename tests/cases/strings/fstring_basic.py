# f-strings: expressions, conversions, =, nesting
name = 'World'
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {'key': 'value'}
print(f'Hello, {name}!', f'{n}', f'{n + 1}', f'{n * 2 = }', f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}')
print(f'{items}', f'{items[1]}', f'{d["key"]}', f"{d['key']}", f'{len(items)}', f'{items[-1] ** 2}')
print(f'{{literal braces}}', f'{{{n}}}', f'}}{{', f'{n}{n}', f'{"nested " + name}')
print(f'{n=}', f'{n = }', f'{pi=:.2f}', f'{name=!s}', f'{name = !r:>10}', f'{1 + 1=}')
print(f'{"a" if n > 40 else "b"}', f'{[x * 2 for x in items]}', f'{(lambda v: v + 1)(5)}')
print(f'{n:{5}}|', f'{pi:.{3}f}', f'{name:>{n // 4}}', f'{pi:{10}.{4}}|')
width, prec = 12, 4
print(f'[{pi:{width}.{prec}f}]', f'[{pi:<{width}.{prec}e}]', f'[{name:^{width}}]')
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'P({self.x!r})'
    def __str__(self):
        return f'point {self.x}'
p = P('q')
print(f'{p}', f'{p!r}', f'{p!s}', f'{p.x}', f'{p=}')
print(f'''triple {name}
second line {n}''')
print(F'capital F {n}', rf'raw \n {n}', fr'{name}\t')
print(f'{n:d}', f'{n:5d}', f'{n:<5}|', f'{-n:+}', f'{n:x}', f'{"x":*^9}')
print(f'{3.0}', f'{1e20}', f'{None}', f'{True}', f'{[None, True]}', f'{b"by"}', f'{(1,)}')
x = 10
print(f'{x if x > 5 else 0}', f'{x:>{x}}|', f'{x!r:>4}', f'{"" or "empty"}')
print(f'{"{"}', f'{"}"}', f'{ {1: 2}[1] }', f'{ {"a": 1} }')
