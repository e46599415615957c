print("innspill")
