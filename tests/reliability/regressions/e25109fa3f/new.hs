data User = User
  { userId :: Int
  }

newtype Directory = Directory (Map.Map Int User)
