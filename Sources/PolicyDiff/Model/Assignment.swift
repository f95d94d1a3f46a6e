/// Who is in charge of a clause, from a tag such as
/// (牵头单位:省质监局;责任单位:省发展改革委、省科技厅) or (农业农村部、财政部等负责).
public struct Assignment: Sendable, Equatable {
    /// Names as written (省质监局).
    public var lead: [String]
    public var responsible: [String]
    /// Canonical roles, free of level and alias (质监局), parallel to `lead` / `responsible`.
    public var leadRoles: [String]
    public var responsibleRoles: [String]
    /// The tag the names were read from.
    public var text: String
    /// Where the names were read: a bracketed tag, a sentence of prose
    /// (X牵头，Y配合), or the columns of a task table.
    public var source: AssignmentSource

    public init(lead: [String], responsible: [String], leadRoles: [String] = [],
                responsibleRoles: [String] = [], text: String, source: AssignmentSource = .tag) {
        self.lead = lead
        self.responsible = responsible
        self.leadRoles = leadRoles
        self.responsibleRoles = responsibleRoles
        self.text = text
        self.source = source
    }
}

public enum AssignmentSource: String, Sendable, Equatable {
    case tag, prose, table
}
