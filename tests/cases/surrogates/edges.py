# A real U+10F000..U+10F7FF is rejected, never read as a surrogate (CPython accepts it:
# this case only checks the characters around the reserved range).
for cp in (0x10efff, 0x10f800, 0x10fffe, 0x10ffff, 0xd7ff, 0xd800, 0xdfff, 0xe000):
    c = chr(cp)
    print(hex(cp), ascii(c), len(c), hex(ord(c)), c.isprintable(), ascii(c.encode("utf-8", "surrogatepass")))
print(sorted([chr(0x10ffff), chr(0xd800), chr(0xe000), chr(0x10efff)]) == [chr(0xd800), chr(0xe000), chr(0x10efff), chr(0x10ffff)])
print(ascii("\U0010ffff\ud800".encode("utf-16-le", "surrogatepass")))
