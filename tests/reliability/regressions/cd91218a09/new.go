type Queue struct {
}
func (q *Queue) Submit(id string) *Job {
