;;; (stats report) -- print a summary of a data set

(define-library (stats report)
  (export report)
  (import (scheme base) (scheme write) (stats core))
  (begin
    (define (format-number x)
      (number->string (/ (round (* 100 x)) 100)))

    (define (report name xs)
      (for-each display
                (list name ": n=" (length xs)
                      " mean=" (format-number (mean xs))
                      " sd=" (format-number (standard-deviation xs))
                      " median=" (format-number (median xs))))
      (newline)))
