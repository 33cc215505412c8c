# Common loop idioms
nums = [4, 8, 15, 16, 23, 42]
total = 0
for n in nums:
    total += n
print('sum', total, 'avg', total / len(nums))
largest = nums[0]
for n in nums[1:]:
    if n > largest:
        largest = n
print('max', largest)
for i in range(len(nums) - 1, -1, -1):
    print(nums[i], end=' ')
print()
for i, (a, b) in enumerate(zip(nums, nums[1:])):
    print(f'{i}: {b - a}', end='  ')
print()
evens, odds = [], []
for n in range(10):
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)
freq = {}
for ch in 'abracadabra':
    freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda kv: -kv[1]))
acc = 1
for i in range(1, 21):
    acc *= i
print('20! =', acc)
s = 'hello world'
rev = ''
for ch in s:
    rev = ch + rev
print(rev)
bits = []
n = 37
while n:
    bits.append(n & 1)
    n >>= 1
print(''.join(map(str, reversed(bits))), bin(37))
matrix = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    matrix.append(row)
print(matrix)
a = list(range(10))
i, j = 0, len(a) - 1
while i < j:
    a[i], a[j] = a[j], a[i]
    i += 1
    j -= 1
print(a)
