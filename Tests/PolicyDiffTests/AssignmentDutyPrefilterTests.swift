import Testing
@testable import PolicyDiff

/// The extractor reads prose responsibilities only in sentences holding one of
/// `dutyCores` (a speed filter). A duty word added to the table without its core
/// would be skipped silently on every document: this keeps the two tables in step.
@Suite struct AssignmentDutyPrefilterTests {
    @Test func everyDutyWordHoldsACoreOfThePrefilter() {
        for word in ProseResponsibilityForm.duties.words {
            #expect(ProseResponsibilityForm.dutyCores.occurs(in: word.characters), "\(String(word.characters)) has no core")
        }
    }

    @Test func aSupportingOfficeInProseIsReadThroughTheFilter() {
        let found = AssignmentFixture.assignments("完善收运体系。区绿化市容局协助区建设管理委做好建筑垃圾运输车辆管理。")
        let names = found.flatMap { $0.lead + $0.responsible }
        #expect(names.contains("区绿化市容局"))
        #expect(names.contains("区建设管理委"))
    }
}
