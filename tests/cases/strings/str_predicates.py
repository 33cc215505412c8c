# is* predicates
samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '١٢٣', '½', '²', '  ', '\t\n', 'a b', 'Hello World', 'hello world',
           '_id', 'id2', '2id', 'class', 'éà', 'ÉÀ', 'x\x00', '\x7f', 'abc!', '0x1f', '-1', '3.14']
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle',
         'isidentifier', 'isprintable', 'isascii']
print(' '.join(p[2:] for p in preds))
for s in samples:
    print(repr(s), ''.join('T' if getattr(s, p)() else '.' for p in preds))
