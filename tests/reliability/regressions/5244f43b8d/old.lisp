;;;; shapes.lisp --- shapes and their measures

(defpackage #:shapes
  (:use #:cl)
  (:export #:circle #:rectangle #:area #:perimeter))

(in-package #:shapes)

(defclass shape ()
  ((name :initarg :name :reader shape-name))
  (:documentation "Anything with an area."))

(defclass circle (shape)
  ((radius :initarg :radius :reader radius)))

(defclass rectangle (shape)
  ((width :initarg :width :reader width)
   (height :initarg :height :reader height)))

(defgeneric area (shape)
  (:documentation "The area of SHAPE."))

(defmethod area ((c circle))
  (* pi (radius c) (radius c)))

(defmethod area ((r rectangle))
  (* (width r) (height r)))

(defgeneric perimeter (shape)
  (:documentation "The length around SHAPE."))

(defmethod perimeter ((c circle))
  (* 2 pi (radius c)))

(defmethod perimeter ((r rectangle))
  (* 2 (+ (width r) (height r))))

(defmethod print-object ((s shape) stream)
  (print-unreadable-object (s stream :type t)
    (format stream "~a" (shape-name s))))
