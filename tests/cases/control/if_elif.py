# if / elif / else
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
        return 'B'
    elif score >= 70:
        return 'C'
    elif score >= 60:
        return 'D'
    else:
        return 'F'
print([grade(s) for s in [100, 90, 89, 75, 60, 59, 0]])
def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    elif n % 3 == 0:
        return 'Fizz'
    elif n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join(fizzbuzz(i) for i in range(1, 31)))
x = 5
if x:
    print('truthy int')
if not []:
    print('empty list is falsy')
if x > 3 and x < 10 or x == 100:
    print('compound condition')
if x == 1:
    pass
elif x == 5:
    print('elif branch taken')
if None:
    print('never')
else:
    print('else of None')
def sign(v):
    if v > 0: return 1
    elif v < 0: return -1
    else: return 0
print([sign(v) for v in (-3, 0, 2.5)])
if (y := x * 2) > 8:
    print('walrus in if', y)
nested = 7
if nested > 0:
    if nested % 2:
        if nested > 5:
            print('positive odd > 5')
        else:
            print('positive odd <= 5')
    else:
        print('positive even')
calls = []
def c(v):
    calls.append(v)
    return v
if c(0) or c(1) and c(2):
    pass
print(calls)
