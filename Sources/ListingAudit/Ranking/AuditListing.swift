/// The little the ranking keeps of a listing once its rules have run: identity, profile and where it was read.
public struct AuditListing: Sendable, Equatable {
    public var id: String
    public var title: String
    public var profile: ProductProfile
    public var location: SourceLocation

    public init(id: String, title: String, profile: ProductProfile, location: SourceLocation) {
        self.id = id
        self.title = title
        self.profile = profile
        self.location = location
    }
}
