signal command_received(id: String, command: String, params: Dictionary)
signal client_connected()
const STALE_CONNECTION_TIMEOUT_MSEC := 45000
var _connected_port: int = 0
