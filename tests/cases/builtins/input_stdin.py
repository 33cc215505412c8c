# input() reading from stdin (see input_stdin.in); prompts go to stdout
name = input('Name? ')
print('Hello,', name)
age = int(input('Age? '))
print('Next year you will be', age + 1)
nums = list(map(int, input().split()))
print('sum', sum(nums), 'max', max(nums))
line = input()
print(repr(line))  # trailing whitespace preserved, newline stripped
empty = input('')
print(repr(empty))
unicode_line = input()
print(unicode_line, len(unicode_line))
count = 0
while True:
    try:
        rest = input()
    except EOFError as e:
        print('EOFError', repr(str(e)))
        break
    count += 1
    print(f'line {count}: {rest!r}')
print('done after', count, 'more lines')
