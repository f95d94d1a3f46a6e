enum ScalingBenchmark {
    static func run() throws {
        print("not written yet")
    }
}
