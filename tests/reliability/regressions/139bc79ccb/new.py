def uniform(outcomes, seed=None):
    return d