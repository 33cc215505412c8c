__all__ = ['alpha', 'beta_func']
alpha = 'alpha value'
gamma = 'not exported'
def beta_func():
    return 'beta'
