public final class Pricing {
    public Pricing(BigDecimal taxRate, BigDecimal freeShippingFrom) {
    }
    public BigDecimal couponDiscount(Cart cart) {
        if (cart.coupon() == null) {
        }
        BigDecimal off = subtotal.multiply(cart.coupon().percent())
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
        return off.min(subtotal);
    }
}
