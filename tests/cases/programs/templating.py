# A small string templating engine: variables, filters, loops, conditionals
class TemplateError(Exception):
    pass


FILTERS = {
    'upper': str.upper,
    'lower': str.lower,
    'title': str.title,
    'strip': str.strip,
    'len': lambda v: len(v),
    'reverse': lambda v: v[::-1],
    'money': lambda v: f'${v:,.2f}',
    'join': lambda v: ', '.join(str(x) for x in v),
    'default': lambda v: v if v else '(none)',
}


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        start = text.find('{', i)
        if start < 0 or start + 1 >= len(text) or text[start + 1] not in '{%':
            nxt = len(text) if start < 0 else start + 1
            tokens.append(('text', text[i:nxt]))
            i = nxt
            continue
        if start > i:
            tokens.append(('text', text[i:start]))
        closer = '}}' if text[start + 1] == '{' else '%}'
        end = text.find(closer, start + 2)
        if end < 0:
            raise TemplateError(f'unclosed tag at {start}')
        kind = 'var' if closer == '}}' else 'tag'
        tokens.append((kind, text[start + 2:end].strip()))
        i = end + 2
    return tokens


def resolve(expr, ctx):
    parts = [p.strip() for p in expr.split('|')]
    path = parts[0].split('.')
    if path[0] not in ctx:
        raise TemplateError(f'undefined name {path[0]!r}')
    value = ctx[path[0]]
    for attr in path[1:]:
        if isinstance(value, dict):
            value = value[attr]
        elif attr.isdigit():
            value = value[int(attr)]
        else:
            value = getattr(value, attr)
    for f in parts[1:]:
        if f not in FILTERS:
            raise TemplateError(f'unknown filter {f!r}')
        value = FILTERS[f](value)
    return value


def parse(tokens, pos=0, end_tags=()):
    nodes = []
    while pos < len(tokens):
        kind, val = tokens[pos]
        if kind == 'tag':
            word = val.split()[0]
            if word in end_tags:
                return nodes, pos
            if word == 'for':
                _, var, _in, expr = val.split(None, 3)
                body, pos = parse(tokens, pos + 1, ('endfor',))
                nodes.append(('for', var, expr, body))
            elif word == 'if':
                body, pos = parse(tokens, pos + 1, ('else', 'endif'))
                other = []
                if tokens[pos][1] == 'else':
                    other, pos = parse(tokens, pos + 1, ('endif',))
                nodes.append(('if', val[2:].strip(), body, other))
            else:
                raise TemplateError(f'unknown tag {word!r}')
        else:
            nodes.append((kind, val))
        pos += 1
    if end_tags:
        raise TemplateError(f'missing {end_tags[-1]}')
    return nodes, pos


def render_nodes(nodes, ctx):
    out = []
    for node in nodes:
        if node[0] == 'text':
            out.append(node[1])
        elif node[0] == 'var':
            out.append(str(resolve(node[1], ctx)))
        elif node[0] == 'for':
            _, var, expr, body = node
            items = resolve(expr, ctx)
            for i, item in enumerate(items):
                inner = dict(ctx)
                inner[var] = item
                inner['loop'] = {'index': i + 1, 'first': i == 0, 'last': i == len(items) - 1}
                out.append(render_nodes(body, inner))
        elif node[0] == 'if':
            _, cond, body, other = node
            negate = cond.startswith('not ')
            value = resolve(cond[4:] if negate else cond, ctx)
            out.append(render_nodes(body if bool(value) != negate else other, ctx))
    return ''.join(out)


def render(text, **ctx):
    nodes, _ = parse(tokenize(text))
    return render_nodes(nodes, ctx)


class User:
    def __init__(self, name, email, admin=False):
        self.name, self.email, self.admin = name, email, admin


print(render('Hello, {{ name | title }}! You have {{ count }} new messages.', name='ada lovelace', count=3))
invoice = """Invoice for {{ customer.name | upper }}
{% for item in items %}{{ loop.index }}. {{ item.desc | title }}: {{ item.price | money }}{% if loop.last %}{% else %}
{% endif %}{% endfor %}
Tags: {{ tags | join }}
{% if paid %}Status: PAID{% else %}Status: DUE{% endif %}"""
print(render(invoice, customer={'name': 'Acme Corp'}, items=[{'desc': 'widgets', 'price': 1234.5}, {'desc': 'gadget repair', 'price': 99}, {'desc': 'shipping', 'price': 0.5}], tags=['rush', 'fragile'], paid=False))
users = [User('ann', 'ann@example.com', True), User('bob', 'bob@example.com'), User('cy', '')]
page = '{% for u in users %}<li>{{ u.name | title }} ({{ u.email | default }}){% if u.admin %} [admin]{% endif %}</li>\n{% endfor %}'
print(render(page, users=users), end='')
print(render('{% if not items %}empty{% else %}{{ items | len }} items{% endif %}', items=[]))
print(render('{{ word | reverse | upper }} {{ word.0 }}', word='stressed'))
print(render('literal { braces } and {single} stay'))
for bad in ['{{ missing }}', '{{ x | nosuch }}', '{% for a in b %}no end', '{{ unclosed', '{% while x %}']:
    try:
        print(render(bad, x='v', b=[1]))
    except TemplateError as e:
        print(f'{bad!r}: TemplateError: {e}')
