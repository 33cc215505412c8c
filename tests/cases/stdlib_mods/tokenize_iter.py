# _tokenize.TokenizerIter: the C tokenizer's token tuples, and
# tokenize._generate_tokens_from_c_tokenizer built on it.
import _tokenize
import tokenize

SRC = '''def f(a, b=2):  # c
    return a+b

x = [1,
  2]  # trailing
# alone
if x:
    pass
s = "str" ** 2 != 3 and f"x{x}" or b'y'
class K:
    def m(self):
        return -1.5e3
'''
for t in _tokenize.TokenizerIter(SRC):
    print(t)
for t in tokenize._generate_tokens_from_c_tokenizer('a = 1\n'):
    print(t)
print(list(_tokenize.TokenizerIter('')), list(_tokenize.TokenizerIter('x')))
try:
    _tokenize.TokenizerIter(3)
except TypeError as e:
    print('TypeError', e)
