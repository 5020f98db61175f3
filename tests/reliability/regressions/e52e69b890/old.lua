local utils = require "lib.utils"
local tablex = {}
