var _connected_port: int = 0
signal client_connected()
signal command_received(id: String, command: String, params: Dictionary)
const STALE_CONNECTION_TIMEOUT_MSEC := 45000
