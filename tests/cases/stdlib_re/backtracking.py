# Deep backtracking and long subjects: the matcher keeps its own stack, so
# none of these may overflow or take long.
import re

n = 50000
s = 'a' * n
print(re.match(r'(a|b)*', s).span(), re.match(r'(a|b)*', s).span(1))
print(re.match(r'(?:a|b)*?$', s).end(), re.match(r'(a*)*$', s).span(1), re.match(r'(a+)+$', s).span())
print(re.match(r'(?:(a)|b)*c', s + 'c').span(), re.match(r'(?:a|ab)*c', s + 'c').end())
print(re.match(r'(?:a(?=a))*', s).end(), re.match(r'(?:(?<=a)a|a)*', s).end(), re.match(r'(?>a|b)*', s).end())
print(re.match(r'(?:a|b)*+', s).end(), re.match(r'(?:ab?)++', s).end(), re.match(r'(a)*?b', s + 'b').span(1))
print(re.search(r'(x+x+)+y', 'x' * 16), re.search(r'(a|aa)+$', 'a' * 22 + 'b'))
print(re.match(r'(?s)(.)*', 'ab\n' * 20000).span(), len(re.findall(r'\w', s)), len(re.split('a', s[:1000])))
print(re.sub('a', 'bc', s)[:10], len(re.sub('a', 'bc', s)), re.subn('(a)', r'\1\1', s[:100])[1])
print(re.match('(' * 100 + 'a' + ')' * 100, 'a').span(50), re.compile('(a)' * 200).match('a' * 200).lastindex)
print(re.match(r'(\w+)(\s+\1)+', 'word ' * 1000 + 'word').span(), re.match(r'(?i)(a+)\1*', 'aA' * 1000).span())
t = 'xyz' * 10000 + 'needle' + 'xyz' * 10000
print(re.search('needle', t).span(), re.search('ne+dle', t).span(), re.search(r'n\w+e\b', t), re.search('[n]eedle', t).span())
print(re.search('(?i)NEEDLE', t).span(), re.search('needle$', t), len(re.findall('xyz', t)), re.search(r'\bneedle', t))
print(re.fullmatch(r'(?:xyz)*needle(?:xyz)*', t) is not None, re.fullmatch(r'(?:xyz|needle)+', t).span())
big = 'é' + 'a' * n
print(re.match(r'é(a|b)*', big).span(), re.search(r'a$', big).span(), re.match(r'(?:é|a)*?$', big).end())
