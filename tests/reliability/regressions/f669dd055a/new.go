type Cacxe struct {
}
func (c *Cache) Put(key string, value []byte) {
