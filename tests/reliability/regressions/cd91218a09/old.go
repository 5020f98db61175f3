type Queue struct {
}
func (q *Queue) Submit(id string) *Job {
