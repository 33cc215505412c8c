# Case conversion
words = ['hello', 'HELLO', 'Hello World', "they're bill's friends", 'mIxEd CaSe 123', 'ß straße', 'éclair ÉCOLE', '', 'a1b2', "o'neil mc-donald"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print('ﬁ'.upper(), len('İ'.lower()))
print('hello'.isupper(), 'HELLO'.isupper(), 'Hello'.istitle(), 'Hello World'.istitle(), 'hello World'.istitle())
print('ΣΑΣ'.lower(), 'σας'.upper(), 'Straße'.casefold() == 'STRASSE'.casefold())
print('123'.upper(), 'abc123def'.title(), 'don\'t'.title())
