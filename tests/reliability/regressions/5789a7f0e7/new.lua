local function escape(s)
end
function text.startswith(s, prefix)
end
local text = {}
