(define-library (stats report)
  (import (scheme base) (scheme write) (stats core) (only (srfi 132) list-sort))
  (begin
    (define (median xs)
      (let* ((sorted (list-sort < xs))
                      " median=" (format-number (median xs))))
      (newline))))
