print('this is never printed')
x = = 2
