pub fn split_assignment(line: &str) -> Option<(String, String)> {
    if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
    }
}
