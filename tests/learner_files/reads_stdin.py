answer = input("which drill? ")
