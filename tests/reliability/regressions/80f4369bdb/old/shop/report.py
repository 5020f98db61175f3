    return f"{item:<20} {format_money(gross(net))}"

def footer(total):
