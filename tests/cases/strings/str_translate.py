# maketrans / translate
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'xyz')
print(sorted(t2.items()), 'axbycz'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'CCC', ord('d'): 'D'})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello'.translate({ord('l'): 'L', ord('o'): None}), 'hello'.translate({}), 'abc'.translate({97: 98}))
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
msg = 'Hello, World! Why did the chicken cross the road?'
enc = msg.translate(rot13)
print(enc, enc.translate(rot13) == msg)
print('Remove vowels please'.translate(str.maketrans('', '', 'aeiouAEIOU')))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print('ValueError:', e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print('ValueError:', e)
print('üñí'.translate({ord('ü'): 'u', ord('ñ'): 'n', ord('í'): 'i'}))
