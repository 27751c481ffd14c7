using Ivr.Acd.Events;
using Ivr.Server.CallRecords.Folding;

namespace Ivr.Server.Tests.CallRecords;

/// <summary>Three-way parties and the institution line in a call's row: the institution, the parties' time, the interpretation flag.</summary>
public sealed class InstitutionFoldTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Test]
    public void Fold_PartiesLeaving_SumsEachPartysTimeOnce_AndKeepsTheLastInstitution()
    {
        var call = new CallScript("CA-three-way", ScriptedDay.Morning).Arrive().Join("vi", 5).Answer("c-vi", 10)
            .Add(CallEventTypes.PartyAdded, 20, ("institution", "seoul-medical"), ("number", "+8222761114"), ("party", "CA-p1"))
            .Add(CallEventTypes.PartyLeft, 80, ("party", "CA-p1"), ("seconds", "55"))
            // Twilio delivered the final callback twice: a second event, the same party.
            .Add(CallEventTypes.PartyLeft, 81, ("party", "CA-p1"), ("seconds", "55"))
            .Add(CallEventTypes.PartyAdded, 90, ("institution", "yeongdeungpo-police"), ("number", "+8226300112"), ("party", "CA-p2"))
            .Add(CallEventTypes.PartyLeft, 120, ("party", "CA-p2"), ("seconds", "25"))
            .End(200);

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That(record.PartySeconds, Is.EqualTo(80));
        Assert.That(record.Institution, Is.EqualTo("yeongdeungpo-police"));
        Assert.That(record.Interpretation, Is.False);
    }

    [Test]
    public void Fold_InstitutionLineCall_IsInterpretationForTheCallingInstitution_EvenAfterTheResidentIsAdded()
    {
        var call = new CallScript("CA-line", ScriptedDay.Morning).Arrive().Language("vi", 8)
            .Add(CallEventTypes.InstitutionIdentified, 8, ("institution", "seoul-medical"), ("by", "number")).Join("vi", 8).Answer("c-vi", 30)
            .Add(CallEventTypes.PartyAdded, 60, ("institution", "+821012345678"), ("number", "+821012345678"), ("party", "CA-resident"))
            .End(300);

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That((record.Interpretation, record.Institution), Is.EqualTo((true, "seoul-medical")));
    }

    [Test]
    public void Fold_InstitutionLineCall_NotIdentified_IsStillInterpretation()
    {
        var call = new CallScript("CA-unknown", ScriptedDay.Morning).Arrive()
            .Add(CallEventTypes.InstitutionIdentified, 8, ("institution", ""), ("by", "none")).Join("vi", 8).End(100);

        var record = CallFolder.Fold(call.CallSid, call.Events, Seoul);

        Assert.That((record.Interpretation, record.Institution, record.PartySeconds), Is.EqualTo((true, (string?)null, (double?)null)));
    }
}
