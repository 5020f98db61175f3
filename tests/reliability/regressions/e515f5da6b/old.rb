module Throttle
  class RateLimiter

    def self.from_config(config)
    end
  end
end
