enum class Currency(val symbol: String) {
	    EUR("€"),
	    USD("$"),
	}
class Cart(val currency: Currency) {
    fun total(): BigDecimal {
        val gross = items.fold(BigDecimal.ZERO) { sum, item ->
        }
    }
    fun add(item: Item) {
        if (existing >= 0) {
        }
    }
}
