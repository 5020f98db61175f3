struct PendingClick {
}
struct PendingPressRequest {
    target_pid: i32,
}
struct PendingPress {
}
