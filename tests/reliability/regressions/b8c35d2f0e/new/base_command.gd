func _success(result: Dictionary) -> Dictionary:
		return _error("NO_SCENE", "No scene is currently open")
func _error(code: String, message: String) -> Dictionary:
