# chr and ord
print([ord(c) for c in 'AZaz09 ~\n\t'], [chr(i) for i in range(65, 91)])
print(ord('é'), ord('€'), ord('😀'), chr(233), chr(8364), chr(128512), chr(0x10FFFF) == '\U0010FFFF')
print(''.join(chr(ord(c) ^ 32) if c.isalpha() else c for c in 'Hello, World'))
print(ord(b'A'), ord(bytearray(b'z')), chr(True))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: chr('a'), lambda: ord(65), lambda: chr(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sum(ord(c) for c in 'checksum'), [chr(ord('a') + i) for i in range(0, 26, 5)])
