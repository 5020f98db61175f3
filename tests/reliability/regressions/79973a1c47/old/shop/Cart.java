public class Cart {
    public void apply(Coupon coupon) {
    }
    public BigDecimal couponDiscount() {
        if (coupon == null) {
        }
        BigDecimal off = subtotal.multiply(coupon.percent())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }
    public BigDecimal total() {
    }
}
