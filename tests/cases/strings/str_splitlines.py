# splitlines with all line boundaries
s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x\n'.splitlines(), 'x\n'.splitlines(True), '\r\n'.splitlines(True))
print('no newline'.splitlines(), 'a\n\nb'.splitlines(), 'a\r\r\nb'.splitlines(True))
print('a\nb\n'.split('\n'), 'a\nb\n'.splitlines())
text = '''first line
  second indented

fourth after blank'''
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
