pub struct Point {
}
pub struct Rect {
}
impl Point {
    pub fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
}
impl Rect {
    pub fn area(&self) -> u64 {
    }
    pub fn contains(&self, point: &Point) -> bool {
            && point.y >= self.origin.y
            && point.x < self.origin.x + self.width as i32
            && point.y < self.origin.y + self.height as i32
    }
}
