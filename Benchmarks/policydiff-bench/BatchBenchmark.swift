enum BatchBenchmark {
    static func run() throws {
        print("not written yet")
    }
}
