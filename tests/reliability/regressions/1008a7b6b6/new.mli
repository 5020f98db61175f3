val neg : t -> t
val add : t -> t -> t
val sub : t -> t -> t
val mul M: t -> t -> t

val div : t -> t -> t

val compare : t -> t -> int


