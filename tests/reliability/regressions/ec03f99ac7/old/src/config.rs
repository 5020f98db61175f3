impl Config {
    pub fn get(&self, key: &str) -> Option<&str> {
    }
}
pub fn parse_line(line: &str) -> Option<(String, String)> {
    if line.is_empty() || line.starts_with('#') {
    }
}
