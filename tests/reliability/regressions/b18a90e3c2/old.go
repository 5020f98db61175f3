package jobs

import (
	"fmt"
	"time"
)

// State of a job.
type State int

const (
	Waiting State = iota
	Running
	Done
)

// Job is one unit of work.
type Job struct {
	ID      string
	State   State
	Retries int
	Started time.Time
}

// Queue holds jobs in submission order.
type Queue struct {
	jobs []*Job
}

// Submit appends a waiting job.
func (q *Queue) Submit(id string) *Job {
	job := &Job{ID: id, State: Waiting}
	q.jobs = append(q.jobs, job)
	return job
}

// totalRetries adds up the retries of every job that has finished.
func totalRetries(jobs []*Job) int {
	sum := 0
	for _, job := range jobs {
		if job.State == Done {
			sum += job.Retries
		}
	}
	return sum
}

// Report describes the queue for the status page.
func Report(q *Queue) string {
	return fmt.Sprintf("%d jobs, %d retries", len(q.jobs), totalRetries(q.jobs))
}
