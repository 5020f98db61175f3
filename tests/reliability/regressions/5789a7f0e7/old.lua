function text.startswith(s, prefix)
  return sub(s, 1, #prefix) == prefix
local function escape(s)
  return (gsub(s, escape(old), (gsub(new, "%%", "%%%%")), n))
