# Floor division and modulo with all sign combinations
nums = [-13, -7, -6, -1, 0, 1, 6, 7, 13]
dens = [-5, -3, -2, -1, 1, 2, 3, 5]
for a in nums:
    print(a, [(a // b, a % b) for b in dens])
for a in nums:
    print(a, [divmod(a, b) for b in (-4, 4)])
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (-1, 3.0), (5.25, -1.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ('//', '%', 'divmod', '/'):
        try:
            if op == '//':
                r = a // b
            elif op == '%':
                r = a % b
            elif op == '/':
                r = a / b
            else:
                r = divmod(a, b)
            print('no error', r)
        except ZeroDivisionError as e:
            print(op, a, b, 'ZeroDivisionError:', e)
print(-0.0 % 5, 0.0 % -5, -3 % 3, 3 % -3)
print(10 ** 20 // -3, 10 ** 20 % -3)
