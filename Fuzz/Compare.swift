// libFuzzer target compare: two small documents (the input split at its first
// NUL byte, else in the middle) run through the pipeline and compared; every
// id the comparison names must exist and every score lie in 0…1.
func fuzzCompare(_ bytes: [UInt8]) {
    let (referenceText, localText) = FuzzInput.pair(bytes)
    let pipeline = Pipeline()
    let reference = pipeline.document(from: referenceText, id: "reference")
    let local = pipeline.document(from: localText, id: "local")
    FuzzContract.check(Comparer().compare(reference: reference, local: local))
}
