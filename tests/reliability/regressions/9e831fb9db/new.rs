    struct PendingClick {
}
struct PendingPressRequest {
}