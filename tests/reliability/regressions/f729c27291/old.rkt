#lang racket/base
;; A bounded cache that forgets the least recently used entry.

(require racket/class racket/contract)
(provide lru-cache%)

(define default-capacity 128)

(define lru-cache%
  (class object%
    (init-field capacity)
    (super-new)

    ;; key -> value, and the keys from least to most recently used.
    (define table (make-hash))
    (define order '())

    (define/public (ref key [default #f])
      (cond [(hash-has-key? table key)
             (touch! key)
             (hash-ref table key)]
            [else default]))

    (define/public (set key value)
      (hash-set! table key value)
      (touch! key)
      (when (> (hash-count table) capacity)
        (evict!)))

    (define/private (touch! key)
      (set! order (append (remove key order) (list key))))

    (define/private (evict!)
      (unless (null? order)
        (hash-remove! table (car order))
        (set! order (cdr order))))

    (define/public (size)
      (hash-count table))))

(define (make-lru-cache [capacity default-capacity])
  (new lru-cache% [capacity capacity]))
