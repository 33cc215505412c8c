# Uncaught custom exception with __str__
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key
    def __str__(self):
        return f'missing config key {self.key!r}'
print('loading config')
raise ConfigError('database_url')
