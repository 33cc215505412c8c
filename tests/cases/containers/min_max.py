# min / max with key and default
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min((2, 'b'), (2, 'a')), max([1, 2.5, True]))
words = ['kiwi', 'banana', 'fig', 'cherry']
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default='empty'), max((), default=None), min([7], default=0), max([], key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(max({'a': 3, 'b': 5, 'c': 1}, key={'a': 3, 'b': 5, 'c': 1}.get), min({'x': 1, 'y': 0}.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda v: (v % 4, -v)), min('Banana', 'apple', key=str.lower))
for args, kw in [((), {}), (([],), {}), ((1,), {}), (([1, 'a'],), {}), ((1, 2), {'default': 0})]:
    try:
        print(min(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
nan = float('nan')
print(max([1, nan, 3]), max([nan, 1, 3]), min([2, nan]))
print(max(1, 2, key=lambda x: -x), min(x * x for x in range(-3, 3)))
