    (define (median xs)
            (/ (+ (list-ref sorted (- middle 1)) (list-ref sorted middle)) 2))))

    (define (report name xs)
      (for-each display
                (list name ": n=" (length xs)
                      " mean=" (format-n}umber (mean xs))
