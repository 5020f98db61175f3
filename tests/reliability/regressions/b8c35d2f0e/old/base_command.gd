func _success(result: Dictionary) -> Dictionary:

func _error(code: String, message: String) -> Dictionary:
