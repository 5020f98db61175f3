; XML: every element is an entity of kind `element`, its attributes and content included.
; Elements nest as they are written, so the qualified name is the path of tags from the
; root, `project/build/plugins/plugin`; elements with one tag under one parent (a POM's
; `<dependency>` elements) share their name and are told apart by their ordinals.

; The root element, one per document, is named by its tag alone: an Ant project's `name` is
; a title, and would otherwise start every path.
(document root: (element [(STag (Name) @name) (EmptyElemTag (Name) @name)]) @definition.element)

; An element whose start tag carries an identifying attribute (`id`, `xml:id`, `android:id`;
; else `name`, `android:name`) is named by its tag and that attribute, as XPath writes it:
; `target[@name="compile"]`, `Button[@android:id="@+id/ok"]`. The attribute's value is the
; name proper: a new value is a rename. Ant targets and properties, XML Schema types and
; elements, Android views and manifest entries are found so.
(element
  [(STag (Name) @name.tag
     (Attribute (Name) @name.attribute (AttValue) @name)
     (#any-of? @name.attribute "id" "xml:id" "android:id"))
   (EmptyElemTag (Name) @name.tag
     (Attribute (Name) @name.attribute (AttValue) @name)
     (#any-of? @name.attribute "id" "xml:id" "android:id"))]) @definition.element

(element
  [(STag (Name) @name.tag
     (Attribute (Name) @name.attribute (AttValue) @name)
     (#any-of? @name.attribute "name" "android:name"))
   (EmptyElemTag (Name) @name.tag
     (Attribute (Name) @name.attribute (AttValue) @name)
     (#any-of? @name.attribute "name" "android:name"))]) @definition.element

; An XSLT template without a name is known by its pattern: `xsl:template[@match="para"]`.
(element
  (STag (Name) @name.tag
    (Attribute (Name) @name.attribute (AttValue) @name)
    (#eq? @name.tag "xsl:template")
    (#eq? @name.attribute "match"))) @definition.element

; Any other element is named by its tag.
(element [(STag (Name) @name) (EmptyElemTag (Name) @name)]) @definition.element
