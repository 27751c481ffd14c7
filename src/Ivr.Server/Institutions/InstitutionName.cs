namespace Ivr.Server.Institutions;

/// <summary>
/// The names an institution id was last saved with, kept when the institution leaves the directory: call records and
/// referrals keep the id, and reports name it from here, so a deleted institution's calls still show its name.
/// </summary>
public sealed class InstitutionName
{
    public required string Id { get; set; }
    public required string NameKo { get; set; }
    public required string NameEn { get; set; }
}
