; MATLAB. Entities are a file's functions (the main function, then its local functions) and
; its classdef with its members: methods (`function` in a `methods` block, the constructor
; being the one named after the class, a property accessor `set.Name` or `get.Name` named so;
; a signature of a method written in its own file is a method too), properties (`constant`s
; in a `properties (Constant)` block), events (`property`s shown as `event`) and enumeration
; members (`constant`s). A classdef with an `enumeration` block is an `enum`. A function's
; nested functions are part of it (`local_scopes`); a script's statements are lines of the
; file.

; Classes.
(class_definition name: (identifier) @name (enumeration)) @definition.enum
(class_definition name: (identifier) @name) @definition.class

; Methods: the constructor, accessors, the others; signatures of methods defined elsewhere.
((class_definition
   name: (identifier) @_class
   (methods (function_definition name: (identifier) @name) @definition.constructor))
 (#eq? @name @_class))
(function_definition ["set." "get."] @name.access name: (identifier) @name) @definition.function
(methods (function_signature name: (identifier) @name) @definition.method)
(function_definition name: (identifier) @name) @definition.function

; Class members.
((properties
   (attributes (attribute . (identifier) @_attribute))
   (property name: (identifier) @name) @definition.const)
 (#eq? @_attribute "Constant"))
(property name: (identifier) @name) @definition.property
(events "events" @label (identifier) @name @definition.property)
(enumeration (enum . (identifier) @name) @definition.const)
