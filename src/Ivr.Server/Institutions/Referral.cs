namespace Ivr.Server.Institutions;

/// <summary>
/// A caller referred to an institution at wrap-up (the disposition "referred to ..."): the hand-off record of what was
/// referred, when, by whom and whether the caller consented to their details being passed on. <see cref="Day"/> is the
/// day of the referral in the records' time zone (reports count referrals per institution and period).
/// </summary>
public sealed class Referral
{
    public Guid Id { get; set; }
    public required string CallSid { get; set; }
    public required string InstitutionId { get; set; }
    public required string What { get; set; }
    public bool Consent { get; set; }
    public required string Counselor { get; set; }
    public required string ReferredBy { get; set; }
    public DateTimeOffset ReferredAt { get; set; }
    public DateOnly Day { get; set; }
}
