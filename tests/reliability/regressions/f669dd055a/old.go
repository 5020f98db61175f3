type Cache struct {
}
func (c *Cache) Lookup(key string) ([]byte, bool) {
