// policydiff-bench: throughput and memory of each stage, in a release build.
//   swift run -c release policydiff-bench [extract|targets|compare|batch|scaling|discover|all]
// Each benchmark lives in its own file; see README "Performance".
import Foundation

let which = CommandLine.arguments.dropFirst().first ?? "all"
let benchmarks: [(String, () throws -> Void)] = [
    ("extract", ExtractBenchmark.run),
    ("targets", TargetsBenchmark.run),
    ("compare", CompareBenchmark.run),
    ("batch", BatchBenchmark.run),
    ("scaling", ScalingBenchmark.run),
    ("discover", DiscoverBenchmark.run),
]
for (name, run) in benchmarks where which == "all" || which == name {
    print("== \(name)")
    try run()
}
