import Interpreter
print("natoql")
