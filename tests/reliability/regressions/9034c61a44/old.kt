enum class Currency(val symbol: String) {
    USD("$"),
    GBP("£"),
}
class Cart(val currency: Currency) {
    fun add(item: Item) {
    }
}
