# Inventory management: classes, dicts, sorting, reports, error handling
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f'{sku}: wanted {wanted}, only {have} in stock')
        self.sku = sku


class Product:
    def __init__(self, sku, name, price, category):
        self.sku = sku
        self.name = name
        self.price = price
        self.category = category

    def __repr__(self):
        return f'Product({self.sku!r}, {self.name!r}, {self.price}, {self.category!r})'


class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}
        self.log = []

    def add_product(self, product, qty=0):
        if product.sku in self.products:
            raise ValueError(f'duplicate sku {product.sku}')
        self.products[product.sku] = product
        self.stock[product.sku] = qty
        self.log.append(('add', product.sku, qty))

    def receive(self, sku, qty):
        self.stock[sku] += qty
        self.log.append(('receive', sku, qty))

    def sell(self, order):
        for sku, qty in order.items():
            have = self.stock.get(sku, 0)
            if qty > have:
                raise OutOfStock(sku, qty, have)
        total = 0
        for sku, qty in order.items():
            self.stock[sku] -= qty
            total += self.products[sku].price * qty
            self.log.append(('sell', sku, qty))
        return round(total, 2)

    def value(self):
        return round(sum(self.products[s].price * q for s, q in self.stock.items()), 2)

    def by_category(self):
        cats = {}
        for sku, p in self.products.items():
            cats.setdefault(p.category, []).append(sku)
        return {c: sorted(v) for c, v in sorted(cats.items())}

    def low_stock(self, threshold):
        return sorted((q, s) for s, q in self.stock.items() if q < threshold)

    def report(self):
        lines = [f'{"SKU":<6}{"NAME":<18}{"PRICE":>8}{"QTY":>6}{"VALUE":>10}']
        for sku in sorted(self.products, key=lambda s: (self.products[s].category, -self.stock[s], s)):
            p = self.products[sku]
            q = self.stock[sku]
            lines.append(f'{sku:<6}{p.name:<18}{p.price:>8.2f}{q:>6}{p.price * q:>10.2f}')
        lines.append(f'{"TOTAL":<38}{self.value():>10.2f}')
        return '\n'.join(lines)


inv = Inventory()
catalog = [
    ('A100', 'Hammer', 12.5, 'tools', 10),
    ('A101', 'Screwdriver set', 19.99, 'tools', 4),
    ('B200', 'Paint (white)', 23.0, 'paint', 15),
    ('B201', 'Brush', 3.75, 'paint', 40),
    ('C300', 'Nails (100)', 2.1, 'hardware', 100),
    ('C301', 'Screws (50)', 3.3, 'hardware', 0),
]
for sku, name, price, cat, qty in catalog:
    inv.add_product(Product(sku, name, price, cat), qty)
try:
    inv.add_product(Product('A100', 'Dup', 1, 'tools'))
except ValueError as e:
    print('ValueError:', e)
print(inv.report())
orders = [
    {'A100': 2, 'C300': 10},
    {'B200': 3, 'B201': 3},
    {'C301': 1},
    {'A101': 5},
    {'A101': 4, 'A100': 8},
    {'ZZZ': 1},
]
revenue = 0
for i, order in enumerate(orders, 1):
    try:
        amount = inv.sell(order)
        revenue += amount
        print(f'order {i}: {order} -> {amount:.2f}')
    except OutOfStock as e:
        print(f'order {i}: rejected ({e})')
inv.receive('C301', 25)
inv.receive('A101', 6)
print('revenue', round(revenue, 2), 'stock value', inv.value())
print(inv.by_category())
print(inv.low_stock(10))
print(inv.report())
print(len(inv.log), inv.log[-4:])
prices = sorted(inv.products.values(), key=lambda p: p.price)
print([p.name for p in prices[:3]], max(inv.products.values(), key=lambda p: p.price))
summary = {}
for kind, sku, qty in inv.log:
    summary[kind] = summary.get(kind, 0) + qty
print(summary)
