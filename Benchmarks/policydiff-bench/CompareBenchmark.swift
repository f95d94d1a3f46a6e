enum CompareBenchmark {
    static func run() throws {
        print("not written yet")
    }
}
