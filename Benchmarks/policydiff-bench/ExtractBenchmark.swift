enum ExtractBenchmark {
    static func run() throws {
        print("not written yet")
    }
}
