(define-library (stats core)
  (begin
    (define (variance xs)
      (let ((m (mean xs)))
        (/ (apply + (map (lambda (x) (square (- x m))) xs))
           (- (length xs) 1))))
    (define (standard-deviation xs)
      (sqrt (variance xs)))))
