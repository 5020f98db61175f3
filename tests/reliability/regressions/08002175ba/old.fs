    | Error b -> Error b


// TODO implement TryFinally, TryWith, Using, While, and For ?
type ResultBuilder() =
    member this.Bind(m, f) = bind f m
    member this.Return<'A, 'E>(a: 'A): Result<'A, 'E> = Ok a
    member this.ReturnFrom(m) = m
    member this.Zero = this.Return

    member this.Combine<'A, 'E>(left: Result<unit, 'E>, right: Result<'A, 'E>): Result<'A, 'E> =
        this.Bind(left, fun () -> right)
let result = new ResultBuilder()


module Unsafe =
    let unwrapResult a =
        match a with
        | Ok a -> a
        | Error b -> raise b
