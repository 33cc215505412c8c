# itertools: every iterator, with reprs and argument errors.
import itertools as it
from itertools import (chain, count, cycle, repeat, islice, accumulate, starmap,
                       takewhile, dropwhile, filterfalse, compress, pairwise,
                       zip_longest, product, permutations, combinations,
                       combinations_with_replacement, groupby, tee)

print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(type(chain()).__name__, type(chain()).__module__, chain.__name__)
print(list(islice(count(), 5)), list(islice(count(10, -2), 3)), list(islice(count(0.5, 0.25), 3)))
c = count(3)
next(c)
print(repr(c), repr(count(1, 2)), repr(count(1.5)), repr(count()))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, -1)), repr(repeat(2)), repr(repeat("a", 2)))
r = repeat(0, 4)
next(r)
print(r.__length_hint__(), repr(r))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", 1, 100, 3)), list(islice("ab", 5, 8)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)),
      list(accumulate([1, 2], initial=100)), list(accumulate([], initial=7)), list(accumulate("abc")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: a, ["ab", [1]])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("ab", [1, 1, 1])))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print(list(zip_longest("ab", [1, 2, 3])), list(zip_longest("a", "bcd", fillvalue="-")), list(zip_longest()))
print(list(product("ab", [1, 2])), list(product(range(2), repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations("ab", 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 0)),
      list(combinations_with_replacement("", 1)))
print([(k, list(g)) for k, g in groupby("aaabccaa")])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby("aabb"))
print([(k, list(g)) for k, g in groups])
g = groupby("xxyz")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
a, b = tee(iter(range(5)))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z), tee("a", 0))
t1, t2 = tee(range(200))
print(sum(t1), sum(t2))
t3 = t1.__copy__()
print(type(t1).__name__, list(t3))
big = list(permutations(range(5)))
print(len(big), big[0], big[-1], len(set(big)))
print(len(list(product(range(3), repeat=4))), len(list(combinations(range(10), 4))))

errors = [
    lambda: chain(a=1),
    lambda: count("a"),
    lambda: repeat(),
    lambda: islice([], -1),
    lambda: islice([], 1, -1),
    lambda: islice([], 0, 1, 0),
    lambda: islice([], "a"),
    lambda: permutations([], -1),
    lambda: combinations([], -1),
    lambda: combinations("ab"),
    lambda: product([], repeat=-1),
    lambda: tee([], -1),
    lambda: list(starmap(pow, [1])),
    lambda: cycle(),
    lambda: accumulate([1], None, None),
]
for f in errors:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
