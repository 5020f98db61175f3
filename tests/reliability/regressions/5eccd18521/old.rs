impl Rect {
    pub fn area(&self) -> u64 {
    }
}
impl Point {
    pub fn new(x: i32, y: i32) -> Self {
    }

    /// Whether the point lies inside `rect`.
    pub fn inside(&self, rect: &Rect) -> bool {
        self.x >= rect.origin.x
            && self.y >= rect.origin.y
            && self.x < rect.origin.x + rect.width as i32
            && self.y < rect.origin.y + rect.height as i32
    }
}
pub struct Rect {
}
