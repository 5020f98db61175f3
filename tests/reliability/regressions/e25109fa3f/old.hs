data User = User
  { userId :: Int
  }

-- | A dire
