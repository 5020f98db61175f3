; HTML: an element with an `id` is an entity of kind `element`, named by its tag and id as a
; CSS selector writes them (`nav#top`); else one with a `name` (forms, their fields, `<a
; name>`, `<slot name>`), named `input[name=email]`. The id or name is the name proper: a new
; value is a rename. Elements without either are lines of the element that holds them, or
; of the file. `<script>` and `<style>` elements count too (`script#template`).

((_
   [(start_tag
      (tag_name) @name.tag
      (attribute
        (attribute_name) @_attribute
        [(attribute_value) @name (quoted_attribute_value (attribute_value) @name)]))
    (self_closing_tag
      (tag_name) @name.tag
      (attribute
        (attribute_name) @_attribute
        [(attribute_value) @name (quoted_attribute_value (attribute_value) @name)]))]) @definition.element
 (#any-of? @_attribute "id" "ID" "Id"))

((_
   [(start_tag
      (tag_name) @name.named
      (attribute
        (attribute_name) @_attribute
        [(attribute_value) @name (quoted_attribute_value (attribute_value) @name)]))
    (self_closing_tag
      (tag_name) @name.named
      (attribute
        (attribute_name) @_attribute
        [(attribute_value) @name (quoted_attribute_value (attribute_value) @name)]))]) @definition.element
 (#any-of? @_attribute "name" "NAME" "Name"))
