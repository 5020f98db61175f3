pub trait Shape {
    fn perimeter(&self) -> f64;
}
pub struct Circle {
}
impl Shape for Circle {
    fn area(&self) -> f64 {
    }
    fn perimeter(&self) -> f64 {
    }
}
