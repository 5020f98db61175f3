def pending(orders):
    return [order for order in orders if order.status == "paid"]
	def summary(orders):
    return f"{len(waiting)} orders waiting"
