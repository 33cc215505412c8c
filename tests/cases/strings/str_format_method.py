# str.format: positional, keyword, auto numbering, attributes, indexes, {{ }}
print('{} {} {}'.format('a', 'b', 'c'), '{0} {1} {0}'.format('x', 'y'), '{2}{1}{0}'.format(1, 2, 3))
print('{name} is {age}'.format(name='Bob', age=5), '{0} {k}'.format('pos', k='kw'), '{} {x} {}'.format(1, 2, x='X'))
print('{{}} {{{}}} {{0}}'.format('in'), '{{literal}}'.format())
class Pt:
    def __init__(self):
        self.x, self.y = 3, 4
        self.inner = {'deep': [10, 20]}
p = Pt()
print('{0.x},{0.y}'.format(p), '{p.inner[deep][1]}'.format(p=p), '{0[1]} {0[0]}'.format(['a', 'b']), '{d[key]}'.format(d={'key': 'v'}))
print('{0[2]}'.format('xyz'), '{t[0]}{t[1]}'.format(t=(7, 8)), '{0[10]}'.format({10: 'int key'}))
print('{:>6}|{:<6}|{:^6}|{:06.2f}|{:+d}|{:x}|{:,}'.format('r', 'l', 'c', 3.14159, 5, 255, 1234567))
print('{0:{1}}|{0:{w}.{p}f}|'.format(2.71828, 10, w=8, p=3), '{:{}{}}'.format('s', '>', 5))
print('{!r} {!s} {!a}'.format('a', 'b', 'é'), '{0!r:>8}|'.format('z'), '{x!r}'.format(x=[1]))
print('{:%}'.format(0.5), '{:.2e}'.format(123.456), '{:g}'.format(0.0001), '{:c}'.format(97), '{:#b}'.format(5))
print(''.format(), 'no fields'.format(1, 2), '{}'.format(None), '{}{}'.format([], {}))
for fmt, args, kw in [('{} {1}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{5}', (1,), {}), ('{k}', (), {}), ('{', (), {}), ('}', (), {}), ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print('{0}{0}{0}'.format('ab'), '{:*^{}}'.format('mid', 11), '{0:0>{1}}'.format(7, 4))
print('{:10.3}|'.format('abcdef'), '{:=+8}'.format(-42), '{:_x}'.format(0xffffffff), '{:.0%}'.format(0.125))
print(str.format('{}-{}', 'u', 'v'), 'X'.join('{}'.format(i) for i in range(3)))
