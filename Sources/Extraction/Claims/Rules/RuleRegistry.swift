/// The rule families, in the order they run over each sentence.
public enum RuleRegistry {
    /// Every rule family.
    public static let standard: [any ClaimRule] = [
        OfficeRules(),
        SupportRules(),
        CandidacyRules(),
        WithdrawalRules(),
        SuccessionRules(),
        MeetingRules(),
        VisitRules(),
        MembershipRules(),
        TermLengthRules(),
        QuantifiedRules(),
    ]

    /// The trigger index of ``standard``, built once a process.
    public static let standardIndex = TriggerIndex(standard)
}
