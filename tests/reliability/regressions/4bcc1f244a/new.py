class B:
    y = 2
    a = 1
    b = 1
    c = 1
    d = 1
    e = 1
    f = 1
    def g(self):
        return 2


class A:
    def f(self):
        return 1
    x = 2
    w = 4
