-- @module tablex

local tablex = {}
local utils = require "lib.utils"
