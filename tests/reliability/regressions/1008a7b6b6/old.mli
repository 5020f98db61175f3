(** [make n d] is [n/d] in lowest terms; raises [Division_by_zero] when [d = 0]. *)
val neg : t -> t
val compare : t -> t -> int



val to_float : t -> float
