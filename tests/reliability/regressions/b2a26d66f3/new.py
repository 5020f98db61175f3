def is_valid_username(name: str) -> bool:
