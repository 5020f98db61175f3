def uniform(outcomes, seed=None):
    return {outcome: share for outcome in unique}

def describe(distribution):
