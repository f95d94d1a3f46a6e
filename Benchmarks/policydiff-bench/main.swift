// Benchmarks are added per stage; see README "Performance".
print("policydiff-bench: no benchmarks yet")
